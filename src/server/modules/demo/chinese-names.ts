// Name and ethnicity lists for the demo dataset: common surnames weighted by a rough share of the
// population (per mille, in the order of the national surname rankings: 王, 李, 张, 刘, 陈 …), and
// given names typical of each generation, so a 1940s villager is not called 子轩.
import type { ETHNICITIES, Gender } from "../../../shared/domain";
import type { Random } from "./random";

const SURNAMES: readonly (readonly [string, number])[] = [
  ["王", 71], ["李", 70], ["张", 65], ["刘", 54], ["陈", 46], ["杨", 31], ["黄", 22], ["赵", 20], ["吴", 20],
  ["周", 19], ["徐", 15], ["孙", 15], ["马", 14], ["朱", 13], ["胡", 13], ["郭", 12], ["何", 12], ["林", 11],
  ["高", 11], ["罗", 10], ["郑", 10], ["梁", 9], ["谢", 8], ["宋", 7], ["唐", 7], ["许", 7], ["韩", 7],
  ["冯", 6], ["邓", 6], ["曹", 6], ["彭", 6], ["曾", 6], ["肖", 5], ["田", 5], ["董", 5], ["袁", 5], ["潘", 5],
  ["于", 5], ["蒋", 5], ["蔡", 5], ["余", 5], ["杜", 4], ["叶", 4], ["程", 4], ["苏", 4], ["魏", 4], ["吕", 4],
  ["丁", 4], ["任", 4], ["沈", 4], ["姚", 4], ["卢", 4], ["姜", 3], ["崔", 3], ["钟", 3], ["谭", 3], ["陆", 3],
  ["汪", 3], ["范", 3], ["金", 3], ["石", 3], ["廖", 3], ["贾", 3], ["夏", 3], ["方", 3], ["俞", 2], ["邹", 2],
  ["孟", 2], ["熊", 2], ["秦", 2], ["邱", 2], ["江", 2], ["尹", 2], ["薛", 2], ["段", 2], ["雷", 2], ["侯", 2],
  ["史", 2], ["陶", 2], ["贺", 2], ["顾", 2], ["毛", 2], ["龚", 2], ["邵", 2], ["钱", 2], ["严", 2], ["戴", 2],
];

type Generation = "senior" | "middle" | "young";
const split = (names: string) => names.split(" ");

/** Two-character given names by generation and gender. */
const GIVEN_NAMES: Record<Generation, Record<Gender, readonly string[]>> = {
  senior: {
    male: split("建国 国庆 国强 卫东 卫国 振华 志刚 德明 德胜 永福 长春 树林 文华 金山 根生 水根 福生 宝林 正清 明德 学文 春生 忠诚 兴旺 援朝 家福 荣华 善良 炳坤 茂林"),
    female: split("秀英 桂英 玉兰 秀兰 淑珍 凤英 桂兰 素珍 玉珍 月娥 彩凤 美英 金凤 秀珍 惠珍 雪梅 菊英 兰英 爱华 红英 桂芳 玉梅 秀芳 凤兰 翠英"),
  },
  middle: {
    male: split("建军 志强 海涛 永刚 晓东 卫华 红军 立新 小平 建平 俊杰 国华 志伟 海峰 建明 文斌 晓峰 立军 宏伟 春雷 振宇 利民 旭东 庆华 连生 建伟 伟明 国平"),
    female: split("丽华 红梅 晓燕 海燕 丽娟 秀梅 艳红 春梅 晓红 美华 丽萍 雪芳 慧敏 桂香 亚芳 建英 红霞 玲玲 丽丽 燕萍 月芳 金花 素芬 卫红 海英"),
  },
  young: {
    male: split("浩然 子轩 宇航 俊豪 一鸣 博文 天宇 思远 嘉诚 晨阳 子豪 泽宇 浩宇 佳豪 明轩 宇轩 皓轩 家豪 文杰 志豪 俊杰 晓东 建峰 鹏飞"),
    female: split("欣怡 梓涵 诗涵 雨欣 佳怡 梦瑶 思琪 雨婷 紫萱 婧怡 晓雯 佳琪 心怡 雅琴 静怡 婷婷 思雨 梦琪 晓丽 佳慧 丹丹 雪莹 文静 晓倩"),
  },
};

/** One-character given names, common in every generation, most of all those born 1960–1989. */
const SINGLE_NAMES: Record<Gender, readonly string[]> = {
  male: split("伟 强 军 勇 杰 涛 斌 超 明 刚 平 辉 鹏 华 磊 鑫 昊 宇 亮 峰 健 波 林 海"),
  female: split("敏 静 丽 燕 艳 娟 霞 萍 芳 红 英 琳 洁 颖 婷 雪 丹 倩 玲 梅 慧 蓉"),
};

const generationOf = (birthYear: number): Generation =>
  birthYear < 1960 ? "senior" : birthYear < 1990 ? "middle" : "young";

export function randomChineseName(rng: Random, gender: Gender, birthYear: number): string {
  const generation = generationOf(birthYear);
  const singleShare = generation === "middle" ? 0.3 : 0.15;
  const given = rng.chance(singleShare) ? rng.pick(SINGLE_NAMES[gender]) : rng.pick(GIVEN_NAMES[generation][gender]);
  return rng.weighted(SURNAMES) + given;
}

export type Ethnicity = (typeof ETHNICITIES)[number];
/** Mostly 汉族; 畲族 is Zhejiang's largest minority, the others stand for members who moved in. */
const DEMO_ETHNICITIES: readonly (readonly [Ethnicity, number])[] = [
  ["汉族", 955], ["畲族", 15], ["土家族", 6], ["壮族", 5], ["回族", 5], ["苗族", 5], ["满族", 5], ["蒙古族", 2], ["彝族", 2],
];

export const randomEthnicity = (rng: Random): Ethnicity => rng.weighted(DEMO_ETHNICITIES);
