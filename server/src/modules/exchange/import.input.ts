import { ArgsType, Field, InputType } from 'type-graphql';
import { Length } from 'class-validator';
import { PageArgs } from '../../app/list';
import { ImportKind } from './import.enums';

@InputType()
export class CreateImportJobInput {
  @Field(() => ImportKind)
  kind!: ImportKind;

  @Field(() => String, { description: 'The file name as chosen (.xlsx or .csv)' })
  @Length(1, 200)
  fileName!: string;
}

@ArgsType()
export class ImportJobListArgs extends PageArgs {}
