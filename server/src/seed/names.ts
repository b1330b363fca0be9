// Deterministic, realistic Chinese names for the demo county: common surnames
// weighted roughly by frequency, given names of one or two characters.
const SURNAMES =
  '王王王李李李张张张刘刘刘陈陈杨杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红娟建国志文辉力斌宇浩凯鹏飞晨阳帆琳颖婷雪慧倩佳欣怡子涵宏振海波鑫亮峰彬俊毅博然晓东新春丹蕾梅瑞祥林宁颖璐琪';

/** mulberry32: a small seeded PRNG so every demo county is the same. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function nameGenerator(random: () => number): () => string {
  const pick = (s: string) => [...s][Math.floor(random() * [...s].length)];
  return () => {
    const given = random() < 0.7 ? pick(GIVEN) + pick(GIVEN) : pick(GIVEN);
    return pick(SURNAMES) + given;
  };
}
