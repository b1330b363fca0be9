import { Arg, Args, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Access } from '../../app/access';
import type { AppContext } from '../../app/context';
import { ListOf } from '../../app/list';
import { Role } from '../../app/roles';
import { ImportJob } from './import-job.entity';
import { ImportKind } from './import.enums';
import { CreateImportJobInput, ImportJobListArgs } from './import.input';
import { importService } from './import.service';

/** Who may import: whoever may create one of the kinds (each kind then checks its own create command's roles). */
const IMPORTERS = [Role.ADMIN, Role.DISCIPLINE, Role.PERSONNEL, Role.OFFICE, Role.GENERAL_AFFAIRS, Role.UNIT_REPORTER];

@ObjectType()
export class ImportJobList extends ListOf(ImportJob) {}

@ObjectType({ description: '导入模板' })
export class ImportTemplate {
  @Field(() => String)
  fileName!: string;

  @Field(() => String, { description: 'The XLSX file, base64' })
  content!: string;
}

@Resolver(() => ImportJob)
export class ImportResolver {
  @Query(() => ImportJob, { description: 'One import: status, processed/total while it runs, the errors of each row' })
  @Access(...IMPORTERS)
  importJob(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return importService.get(ctx, id);
  }

  @Query(() => ImportJobList, { description: "The caller's imports, newest first (an administrator: everyone's)" })
  @Access(...IMPORTERS)
  importJobs(@Args(() => ImportJobListArgs) args: ImportJobListArgs, @Ctx() ctx: AppContext, @Info() info: GraphQLResolveInfo) {
    return importService.list(ctx, args, info);
  }

  @Query(() => ImportTemplate, { description: 'The XLSX template of a kind: Chinese headings, a hidden row of field keys' })
  @Access(...IMPORTERS)
  importTemplate(@Arg('kind', () => ImportKind) kind: ImportKind, @Ctx() ctx: AppContext) {
    return importService.template(ctx, kind);
  }

  @Mutation(() => ImportJob, { description: 'Starts an import: then send the file with appendImportChunk and check it with runImport(dryRun: true)' })
  @Access(...IMPORTERS)
  createImportJob(@Arg('input', () => CreateImportJobInput) input: CreateImportJobInput, @Ctx() ctx: AppContext) {
    return importService.createJob(ctx, input);
  }

  @Mutation(() => ImportJob, { description: 'Adds the next part of the file: base64, at most 512 KiB decoded, 10 MiB in all' })
  @Access(...IMPORTERS)
  appendImportChunk(@Arg('id', () => ID) id: string, @Arg('data', () => String) data: string, @Ctx() ctx: AppContext) {
    return importService.appendChunk(ctx, id, data);
  }

  @Mutation(() => ImportJob, {
    description: 'dryRun: checks every row and writes nothing; otherwise (after a clean dry run) creates every row in one transaction. Poll importJob for the outcome',
  })
  @Access(...IMPORTERS)
  runImport(@Arg('id', () => ID) id: string, @Arg('dryRun', () => Boolean) dryRun: boolean, @Ctx() ctx: AppContext) {
    return importService.run(ctx, id, dryRun);
  }

  @FieldResolver(() => Int, { description: 'Rows checked or written so far (for progress)' })
  processed(@Root() job: ImportJob, @Ctx() ctx: AppContext) {
    return importService.processed(ctx, job);
  }

  @FieldResolver(() => Int, { description: 'Data rows in the file' })
  total(@Root() job: ImportJob, @Ctx() ctx: AppContext) {
    return importService.total(ctx, job);
  }
}
