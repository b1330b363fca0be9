import { buildSchema, isObjectType, isInputObjectType, isEnumType } from 'graphql';
import { readFileSync } from 'fs';
const s = buildSchema(readFileSync('/work/main/schema/schema.graphql','utf8'), {assumeValid:true});
const re = new RegExp(process.argv[2], 'i');
const mode = process.argv[3] || 'ops';
if (mode==='ops') for (const root of ['Query','Mutation']) {
  const t = s.getType(root);
  for (const f of Object.values(t.getFields())) if (re.test(f.name)) {
    console.log(root[0], f.name + '(' + f.args.map(a=>a.name+': '+a.type+(a.defaultValue!==undefined?'='+JSON.stringify(a.defaultValue):'')).join(', ') + '): ' + f.type + (f.description? '  # '+f.description.replace(/\n/g,' '):''));
  }
} else for (const t of Object.values(s.getTypeMap())) if (re.test(t.name) && !t.name.startsWith('__')) {
  if (isEnumType(t)) console.log('enum', t.name, t.getValues().map(v=>v.name).join(' '));
  else if (isObjectType(t)||isInputObjectType(t)) { console.log((isInputObjectType(t)?'input ':'type ')+t.name+' {'+Object.values(t.getFields()).map(f=>f.name+(f.args?.length?'('+f.args.map(a=>a.name+':'+a.type).join(',')+')':'')+': '+f.type).join('; ')+'}'); }
}
