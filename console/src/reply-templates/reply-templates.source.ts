import {
  ReplyTemplateAllDocument,
  ReplyTemplateCreateDocument,
  ReplyTemplateUpdateDocument,
  type ComplaintCategory,
  type ReplyTemplateAllQuery,
  type ReplyTemplateAllQueryVariables,
  type ReplyTemplateCreateMutation,
  type ReplyTemplateCreateMutationVariables,
  type ReplyTemplateRecordFragment,
  type ReplyTemplateUpdateMutation,
  type ReplyTemplateUpdateMutationVariables,
} from '../generated/graphql';
import { COMPLAINT_CATEGORIES } from '../common/enums';
import { filterBool, filterEnum, filterText } from '../providers/record-utils';
import type { Gql, ResourceSource } from '../providers/resource-source';

export type ReplyTemplateRecord = ReplyTemplateRecordFragment;

interface ReplyTemplateForm {
  category: ComplaintCategory;
  title: string;
  body: string;
  active?: boolean | null;
}

// The API returns every template at once and has no single-template query: the list is
// filtered, sorted and paged here, and one template is found in it.
async function all(gql: Gql): Promise<ReplyTemplateRecord[]> {
  const data = await gql.query<ReplyTemplateAllQuery, ReplyTemplateAllQueryVariables>(ReplyTemplateAllDocument, { activeOnly: false });
  return data.replyTemplates;
}

const inputOf = (form: ReplyTemplateForm) => ({
  category: form.category,
  title: form.title,
  body: form.body,
  active: form.active ?? true,
});

export const replyTemplatesSource: ResourceSource<ReplyTemplateRecord> = {
  async list(gql, { offset, limit, sort, filter }) {
    const q = filterText(filter.q);
    const category = filterEnum(filter.category, COMPLAINT_CATEGORIES);
    const active = filterBool(filter.active);
    const rows = (await all(gql)).filter(
      (r) =>
        (!q || r.title.includes(q) || r.body.includes(q)) &&
        (!category || r.category === category) &&
        (active === undefined || r.active === active),
    );
    const key = (sort?.field ?? 'category') as keyof ReplyTemplateRecord;
    const sign = sort?.order === 'DESC' ? -1 : 1;
    rows.sort((a, b) => sign * String(a[key]).localeCompare(String(b[key]), 'zh-CN'));
    return { items: rows.slice(offset, offset + limit), total: rows.length };
  },

  async one(gql, id) {
    const found = (await all(gql)).find((r) => r.id === String(id));
    if (!found) throw new Error('app.errors.NOT_FOUND');
    return found;
  },

  async many(gql, ids) {
    const wanted = new Set(ids.map(String));
    return (await all(gql)).filter((r) => wanted.has(r.id));
  },

  async create(gql, data) {
    const result = await gql.mutate<ReplyTemplateCreateMutation, ReplyTemplateCreateMutationVariables>(ReplyTemplateCreateDocument, {
      input: inputOf(data as unknown as ReplyTemplateForm),
    });
    return result.createReplyTemplate;
  },

  // The API replaces the whole template (its input has no optional fields).
  async update(gql, id, data, previous) {
    const result = await gql.mutate<ReplyTemplateUpdateMutation, ReplyTemplateUpdateMutationVariables>(ReplyTemplateUpdateDocument, {
      id: String(id),
      input: inputOf(data as unknown as ReplyTemplateForm),
      version: previous.version,
    });
    return result.updateReplyTemplate;
  },
};
