// Quotation state at segment boundaries, in both languages.
import { describe, expect, it } from 'vitest';
import { chineseQuoteStates, englishQuoteStates } from '../../src/align/beads/quotes.js';

describe('quotation state after each segment', () => {
  it.each([
    { zh: ['他说：“你来了。', '我很高兴。”', '她走了。'], states: [0, 1, 0, 0] },
    { zh: ['“好！”', '他笑了。'], states: [0, 0, 0] },
    { zh: ['「走吧，', '快走。」'], states: [0, 1, 0] },
    // An opening mark never closed is dropped after four segments.
    { zh: ['“甲。', '乙。', '丙。', '丁。', '戊。'], states: [0, 1, 1, 1, 1, 0] },
  ])('Chinese $zh', ({ zh, states }) => {
    expect([...chineseQuoteStates(zh)]).toEqual(states);
  });

  it.each([
    { en: ["'It's easy for you,' said Gou-er, 'but what do you expect me to do?", "Go out and rob?'", 'He left.'], states: [0, 1, 0, 0] },
    { en: ['“You came,” he said.', '“Yes.'], states: [0, 0, 1] },
    { en: ["He didn't know.", "The Zhous' house."], states: [0, 0, 0] },
    { en: ['"Come here', 'now," she said.'], states: [0, 1, 0] },
  ])('English $en', ({ en, states }) => {
    expect([...englishQuoteStates(en)]).toEqual(states);
  });
});
