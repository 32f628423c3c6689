import { describe, expect, it } from 'vitest';
import { isLocationLine, isNameLine, splitCommentThread } from '../../src/ingest/comment-thread.js';
import { renderBlocks, splitBlocks } from '../../src/ingest/text-blocks.js';

describe('isNameLine', () => {
  it.each(['F. Andy Seidl', 'Will Scott', 'Ohad Eder Pressman', 'Ludwig van Beethoven', 'José Müller', "Dan O'Brien", 'Mary-Jane Watson'])('%j is name-shaped', (line) =>
    expect(isNameLine(line)).toBe(true),
  );

  it.each([
    'Key Takeaways',
    'Cloud Computing and Reliability',
    'Root Cause',
    'Update',
    'AWS Outage',
    'Om',
    'Why This Matters',
    'The Amazon Outage Explained Today Again',
    'Sao Paulo – Brazil',
    'Update #2',
    'Thanks Om.',
    'J. K.',
  ])('%j is not name-shaped', (line) => expect(isNameLine(line)).toBe(false));
});

describe('isLocationLine', () => {
  it('recognises places written as capitalised segments', () => {
    expect(isLocationLine('Sao Paulo – Brazil')).toBe(true);
    expect(isLocationLine('Austin, Texas')).toBe(true);
    expect(isLocationLine('London - UK')).toBe(true);
    expect(isLocationLine('Will Scott')).toBe(false);
    expect(isLocationLine('Outage – what happened')).toBe(false);
    expect(isLocationLine('Suite 200, Austin')).toBe(false);
  });
});

const split = (text: string) => {
  const result = splitCommentThread(splitBlocks(text));
  return { article: renderBlocks(result.article), comments: result.comments };
};

describe('splitCommentThread', () => {
  it('leaves an article without a thread alone', () => {
    const text = 'First paragraph.\n\nKey Takeaways\n\n• One\n• Two\n\nJane Smith\n\nThe on-call engineer declared the incident.';
    expect(split(text)).toEqual({ article: 'First paragraph.\n\nKey Takeaways\n\n• One\n• Two\n\nJane Smith\n\nThe on-call engineer declared the incident.', comments: [] });
  });

  it('starts the thread at the first of several name lines and reads signatures', () => {
    const text = [
      'The article ends here.',
      '',
      '',
      'Ana Lima',
      '',
      'First comment, paragraph one.',
      '',
      'Paragraph two.',
      '',
      'Ana Lima',
      '',
      'Bruno Costa',
      '',
      'I disagree with Ana.',
      '',
      'Bruno Costa',
      'Site Reliability Lead – Example.com',
      '',
      'An unsigned comment after a signature.',
      '',
      '',
      'Another unsigned comment after two blank lines:',
      '',
      '',
      'which continues here because the previous paragraph announced it.',
      '',
      'Carla Dias',
      'Blog: https://carla.example/blog',
      '',
      'Sao Paulo – Brazil',
    ].join('\n');
    const { article, comments } = split(text);
    expect(article).toBe('The article ends here.');
    expect(comments).toEqual([
      { author: 'Ana Lima', text: 'First comment, paragraph one.\n\nParagraph two.', published: null, url: null },
      { author: 'Bruno Costa', text: 'I disagree with Ana.', published: null, url: null },
      { author: null, text: 'An unsigned comment after a signature.', published: null, url: null },
      {
        author: 'Carla Dias',
        text: 'Another unsigned comment after two blank lines:\n\nwhich continues here because the previous paragraph announced it.',
        published: null,
        url: 'https://carla.example/blog',
      },
    ]);
  });

  it('uses a thread marker and "Name says:" headers with dates', () => {
    const text = 'Body.\n\n2 Comments\n\nalice_w says:\nMarch 3, 2021 at 4:05 pm\n\nGreat write-up.\n\nBob Stone said on 2021-03-04:\n\nAgreed.';
    expect(split(text)).toEqual({
      article: 'Body.',
      comments: [
        { author: 'alice_w', text: 'Great write-up.', published: '2021-03-03T16:05:00', url: null },
        { author: 'Bob Stone', text: 'Agreed.', published: '2021-03-04', url: null },
      ],
    });
  });

  it('takes a single name line as a thread only after a wide gap and in reply voice', () => {
    expect(split('Body of the article.\n\n\nSam Reyes\n\nI think the root cause was DNS.').comments).toEqual([
      { author: 'Sam Reyes', text: 'I think the root cause was DNS.', published: null, url: null },
    ]);
    expect(split('Body of the article.\n\nSam Reyes\n\nI think the root cause was DNS.').comments).toEqual([]);
    expect(split('Body of the article.\n\n\nSam Reyes\n\nThe root cause was DNS.').comments).toEqual([]);
  });

  it('does not take prose ending in "wrote:" for an author header', () => {
    const { comments } = split('Body.\n\nAna Lima\n\nI wrote more about this idea here:\n\nCloud Computing and Reliability\n\nBo Chen\n\nThanks.');
    expect(comments.map((c) => c.author)).toEqual(['Ana Lima', 'Bo Chen']);
    expect(comments[0]!.text).toBe('I wrote more about this idea here:\n\nCloud Computing and Reliability');
  });
});
