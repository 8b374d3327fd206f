// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  keyBelongsToTarget,
  moveForKey,
  moveForSwipe,
  SWIPE_DISTANCE,
} from '../../../../src/modes/guide/presenter-input.ts';

describe('moveForKey', () => {
  it.each([
    ['ArrowRight', false, 'next'],
    ['PageDown', false, 'next'],
    [' ', false, 'next'],
    ['ArrowLeft', false, 'previous'],
    ['PageUp', false, 'previous'],
    [' ', true, 'previous'],
    ['Home', false, 'first'],
    ['End', false, 'last'],
    ['Enter', false, null],
    ['a', false, null],
  ])('%j (shift: %s) → %s', (key, shift, move) => {
    expect(moveForKey(key, shift)).toBe(move);
  });
});

describe('keyBelongsToTarget', () => {
  document.body.innerHTML = `
    <input id="radio" type="radio"><input id="number" type="number"><textarea id="area"></textarea>
    <button id="button">b</button><a id="link" href="/">l</a><details><summary id="summary">s</summary></details>
    <p id="text">t</p>`;
  const el = (id: string) => document.getElementById(id);
  it('leaves every key to text fields, however they were focused', () => {
    for (const tapped of [false, true]) {
      for (const id of ['number', 'area']) {
        for (const key of ['ArrowRight', ' ', 'Home', 'PageDown']) {
          expect(keyBelongsToTarget(key, el(id), tapped), `${key} in ${id}`).toBe(true);
        }
      }
    }
  });

  it('leaves the arrows and Space to a radio button reached with the keyboard', () => {
    expect(keyBelongsToTarget('ArrowRight', el('radio'))).toBe(true);
    expect(keyBelongsToTarget(' ', el('radio'))).toBe(true);
    expect(keyBelongsToTarget('PageDown', el('radio'))).toBe(false);
  });

  it('leaves Space and Enter to a button, link or summary reached with the keyboard', () => {
    for (const id of ['button', 'link', 'summary']) {
      expect(keyBelongsToTarget(' ', el(id)), id).toBe(true);
      expect(keyBelongsToTarget('Enter', el(id)), id).toBe(true);
      expect(keyBelongsToTarget('PageDown', el(id)), id).toBe(false);
    }
  });

  it('takes every key from a control the guide tapped (the clicker goes on moving the tour)', () => {
    for (const id of ['radio', 'button', 'link', 'summary']) {
      for (const key of ['ArrowRight', ' ', 'PageDown']) {
        expect(keyBelongsToTarget(key, el(id), true), `${key} on ${id}`).toBe(false);
      }
    }
  });

  it('takes every key elsewhere', () => {
    expect(keyBelongsToTarget(' ', el('text'))).toBe(false);
    expect(keyBelongsToTarget(' ', document.body)).toBe(false);
    expect(keyBelongsToTarget(' ', null)).toBe(false);
  });
});

describe('moveForSwipe', () => {
  it('turns the page: left shows the next stop, right the previous', () => {
    expect(moveForSwipe(-SWIPE_DISTANCE - 1, 10)).toBe('next');
    expect(moveForSwipe(SWIPE_DISTANCE + 40, -20)).toBe('previous');
  });
  it('ignores short moves and vertical scrolls', () => {
    expect(moveForSwipe(-SWIPE_DISTANCE + 1, 0)).toBeNull();
    expect(moveForSwipe(-100, 90)).toBeNull();
    expect(moveForSwipe(5, 300)).toBeNull();
  });
});
