/**
 * An MMLU setting as the benchmark file gives it. Technical terms ("5-shot CoT", "bf16") read the same in every
 * language; the settings written in words are translated, so each chart showing them needs their strings.
 */
import { EN, type Locale } from './locale.ts';

const IN_WORDS = ['not stated', 'as reported (model card)', 'as reported in the Phi-3 report'];

export const setting = (v: string, l: Locale = EN): string => (IN_WORDS.includes(v) ? l.t(v) : v);
