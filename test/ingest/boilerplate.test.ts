import { describe, expect, it } from 'vitest';
import { isTrailerParagraph, isWidgetLine, stripBoilerplate } from '../../src/ingest/boilerplate.js';
import { splitBlocks } from '../../src/ingest/text-blocks.js';

describe('isWidgetLine', () => {
  it.each(['Scroll to Top', 'Back to top', 'Comments are closed.', 'Share this:', 'Like this:', 'Like Loading...', 'Subscribe to our RSS feed', 'Follow us on Twitter', 'Twitter', 'Leave a Reply', 'Related posts', 'Skip to content'])(
    'removes %j',
    (line) => expect(isWidgetLine(line)).toBe(true),
  );

  it.each(['Share prices fell after the outage.', 'Scroll to Top was the only link that worked during the outage', 'Subscribers lost access for two hours.', 'Twitter was down too.', ''])(
    'keeps %j',
    (line) => expect(isWidgetLine(line)).toBe(false),
  );
});

describe('isTrailerParagraph', () => {
  it('recognises about-the-site trailers', () => {
    expect(isTrailerParagraph('This article was compiled from multiple technology news sources. Tech Buzz provides curated technology news.')).toBe(true);
    expect(isTrailerParagraph('Tech Buzz provides curated technology news and analysis for developers and tech practitioners.')).toBe(true);
    expect(isTrailerParagraph('This story first appeared on Example News.')).toBe(true);
    expect(isTrailerParagraph('© 2024 Example Media')).toBe(true);
    expect(isTrailerParagraph('Amazon provides cloud services to many of the sites that went down.')).toBe(false);
  });
});

describe('stripBoilerplate', () => {
  it('removes widget lines anywhere and trailers only at the end, keeping the gap before removed blocks', () => {
    const blocks = splitBlocks(
      'Intro paragraph.\n\nThis article was compiled from notes, mid-article.\n\nShare this:\nTwitter\n\n\nLast real paragraph.\nLike this:\n\nThis article was compiled from several sources.\n\nScroll to Top\n',
    );
    const kept = stripBoilerplate(blocks);
    expect(kept.map((b) => b.lines)).toEqual([
      ['Intro paragraph.'],
      ['This article was compiled from notes, mid-article.'],
      ['Last real paragraph.'],
    ]);
    expect(kept[2]!.gapBefore).toBe(2);
    expect(blocks).toHaveLength(6); // the input is not changed
  });
});
