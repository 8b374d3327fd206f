// The real tour content (content/) meets the brief for a delegation visit: counts, coverage, lengths.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../pipeline/content/load-content.ts';

const result = loadContent('content');
const content = result.content!;
const minutes = (tourId: string) =>
  content.tours.find((t) => t.id === tourId)!.stops.reduce((sum, entry) => sum + entry.minutes, 0);

/** Body text as a reader sees it: Markdown markup and glossary ids removed. */
function readable(stopId: string, lang: string): string {
  return readFileSync(join('content/stops', stopId, `body.${lang}.md`), 'utf8')
    .replace(/\[\[[^\]|]+\|([^\]]+)\]\]/g, '$1')
    .replace(/\[\[([^\]]+)\]\]/g, '$1')
    .replace(/[#*_>`-]/g, ' ');
}

describe('tour content', () => {
  it('is valid', () => {
    expect(result.problems).toEqual([]);
  });

  it('has at least 8 stops and 30 glossary terms', () => {
    expect(content.stops.length).toBeGreaterThanOrEqual(8);
    expect(content.glossary.length).toBeGreaterThanOrEqual(30);
  });

  it('walks every stop in the full delegation tour, in about 60 minutes', () => {
    const tour = content.tours.find((t) => t.id === 'delegation')!;
    expect(tour.stops.map((e) => e.stop).sort()).toEqual(content.stops.map((s) => s.id).sort());
    expect(minutes('delegation')).toBeGreaterThanOrEqual(50);
    expect(minutes('delegation')).toBeLessThanOrEqual(70);
  });

  it('has a short tour of 3–4 stops in about 20 minutes', () => {
    const tour = content.tours.find((t) => t.id === 'highlights')!;
    expect(tour.stops.length).toBeGreaterThanOrEqual(3);
    expect(tour.stops.length).toBeLessThanOrEqual(4);
    expect(minutes('highlights')).toBeGreaterThanOrEqual(15);
    expect(minutes('highlights')).toBeLessThanOrEqual(25);
  });

  describe.each(content.stops.map((s) => s.id))('stop %s', (id) => {
    const stop = content.stops.find((s) => s.id === id)!;

    it('has an English body of 150–300 words and a Chinese body of 250–500 characters', () => {
      const words = readable(id, 'en')
        .split(/\s+/)
        .filter((w) => /[A-Za-z0-9]/.test(w)).length;
      const characters = (readable(id, 'zh-CN').match(/[\u3400-\u9fff]/g) ?? []).length;
      expect(words).toBeGreaterThanOrEqual(150);
      expect(words).toBeLessThanOrEqual(300);
      expect(characters).toBeGreaterThanOrEqual(250);
      expect(characters).toBeLessThanOrEqual(500);
    });

    it('uses glossary terms, lists its sources and gives the guide questions to expect', () => {
      expect(stop.terms.length).toBeGreaterThan(0);
      expect(stop.sources.length).toBeGreaterThan(0);
      expect(stop.guide.talkingPoints.length).toBeGreaterThan(0);
      expect(stop.guide.questions.length).toBeGreaterThan(0);
    });

    it('has titles short enough for a kiosk button', () => {
      expect([...stop.title['zh-CN']].length).toBeLessThanOrEqual(10);
      expect(stop.title.en.length).toBeLessThanOrEqual(30);
    });
  });

  it('has diagrams for component separation, apheresis, cord blood and one more', () => {
    const withDiagrams = content.stops
      .filter((s) => s.images.some((i) => i.diagram))
      .map((s) => s.id);
    expect(withDiagrams).toEqual(
      expect.arrayContaining(['component-preparation', 'apheresis', 'cord-blood-bank']),
    );
    expect(withDiagrams.length).toBeGreaterThanOrEqual(4);
  });
});
