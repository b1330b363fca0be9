/**
 * A person's name as the public may see it: the family name and one asterisk
 * (张三 and 张三丰 both become 张*), so not even the name's length is disclosed.
 */
export function maskPersonName(name: string): string {
  const first = [...name.trim()][0];
  return first ? `${first}*` : '*';
}
