// The publisher's settings file: optional, and when present checked field by field.
import { describe, expect, it } from 'vitest';
import { loadPublisher } from '../../../src/publisher';

describe('publisher settings', () => {
  it('are absent when the file does not exist (the site then has no legal page)', () => {
    expect(loadPublisher('test/fixtures/no-such-publisher.json')).toBeUndefined();
  });

  it('read a complete file', () => {
    const p = loadPublisher('test/fixtures/publisher.json');
    expect(p?.name).toBe('Beispiel Handelskammer e. V.');
    expect(p?.responsible.name).toBe('Max Mustermann');
  });

  it('fail naming the file and each wrong field', () => {
    expect(() => loadPublisher('test/fixtures/publisher-invalid.json')).toThrowError(
      /publisher-invalid\.json: invalid value for key "address"[\s\S]*publisher-invalid\.json: invalid value for key "email"/,
    );
  });
});
