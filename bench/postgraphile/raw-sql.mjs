// The floor: node http + pg, one SQL statement per request that builds the whole JSON answer
// in PostgreSQL (the same shape and order the GraphQL targets answer), prepared once per connection.
// No GraphQL, no authentication, no audit: what the database alone costs.
// Usage: DATABASE_URL=… PORT=… node bench/postgraphile/raw-sql.mjs
// POST /records  {"limit": 20}                         a page of records with subject and unit
// POST /units    {"units": 10, "people": 10, "records": 5}   units → people → records
import http from 'node:http';
import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_MAX ?? 10) });
pool.on('error', () => {});

const statements = {
  records: {
    name: 'records',
    text: `
      select json_build_object('data', json_build_object('dishonestyRecords', json_build_object(
               'total', (select count(*) from dishonesty_record),
               'items', coalesce(json_agg(json_build_object(
                  'id', r.id, 'category', r.category, 'severity', r.severity, 'status', r.status,
                  'subjectName', r.subject_name, 'decisionDate', r.decision_date,
                  'subjectPerson', case when p.id is null then null else json_build_object('id', p.id, 'name', p.name) end,
                  'subjectUnit', case when su.id is null then null else json_build_object('id', su.id, 'name', su.name) end,
                  'scopeUnit', json_build_object('id', u.id, 'code', u.code, 'name', u.name)
                ) order by r.created_at desc, r.id), '[]'::json))))::text as body
        from (select * from dishonesty_record order by created_at desc, id limit $1) r
        left join person p on p.id = r.subject_person_id
        left join unit su on su.id = r.subject_unit_id
        join unit u on u.id = r.scope_unit_id`,
    args: (v) => [v.limit ?? 20],
  },
  units: {
    name: 'units',
    text: `
      select json_build_object('data', json_build_object('units', json_build_object('items', coalesce(json_agg(json_build_object(
               'id', u.id, 'code', u.code,
               'people', (select coalesce(json_agg(json_build_object(
                             'id', p.id, 'staffNumber', p.staff_number,
                             'dishonestyRecords', (select coalesce(json_agg(json_build_object('id', r.id, 'status', r.status, 'subjectName', r.subject_name)
                                                                   order by r.created_at desc, r.id), '[]'::json)
                                                     from (select id, status, subject_name, created_at from dishonesty_record
                                                            where subject_person_id = p.id order by created_at desc, id limit $3) r)
                           ) order by p.staff_number, p.id), '[]'::json)
                            from (select id, staff_number from person where unit_id = u.id order by staff_number, id limit $2) p)
             ) order by u.code), '[]'::json))))::text as body
        from (select id, code from unit order by code limit $1) u`,
    args: (v) => [v.units ?? 10, v.people ?? 10, v.records ?? 5],
  },
};

const server = http.createServer((req, res) => {
  const statement = statements[req.url.slice(1)];
  if (req.method !== 'POST' || !statement) {
    res.writeHead(404).end();
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const variables = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      const { rows } = await pool.query({ name: statement.name, text: statement.text, values: statement.args(variables) });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(rows[0].body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(e.message) }] }));
    }
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.PORT ?? 5200), '127.0.0.1', () => {
  console.log(`listening ${server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
