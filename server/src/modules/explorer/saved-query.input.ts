import { ArgsType, Field, InputType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { PageArgs } from '../../app/list';

// The server accepts documents up to 3,000 tokens; the text is kept a little above any such document.
export const MAX_QUERY_LENGTH = 20_000;

@InputType()
export class SaveQueryInput {
  @Field(() => String)
  @Length(1, 100)
  name!: string;

  @Field(() => String)
  @Length(1, MAX_QUERY_LENGTH)
  query!: string;

  @Field(() => String, { nullable: true, description: 'A JSON object' })
  @IsOptional()
  @Length(0, MAX_QUERY_LENGTH)
  variables?: string;
}

@ArgsType()
export class SavedQueryListArgs extends PageArgs {}
