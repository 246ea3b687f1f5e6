import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeHtmlBytes, declaredCharset } from './charset.ts';

test('honours a UTF-8 byte order mark', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>Zürich</p>')]);
  assert.equal(decodeHtmlBytes(bytes), '<p>Zürich</p>');
});

test('honours a UTF-16LE byte order mark', () => {
  const body = iconv.encode('<p>naïve</p>', 'utf-16le');
  assert.equal(decodeHtmlBytes(new Uint8Array([0xff, 0xfe, ...body])), '<p>naïve</p>');
});

test('decodes windows-1251 declared by <meta charset>', () => {
  const html = '<html><head><meta charset="windows-1251"></head><body><p>Москва сегодня</p></body></html>';
  const decoded = decodeHtmlBytes(new Uint8Array(iconv.encode(html, 'windows-1251')));
  assert.ok(decoded.includes('Москва сегодня'));
});

test('decodes iso-8859-1 declared by http-equiv content-type', () => {
  const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body><p>Über die Straße, café</p></body></html>';
  const decoded = decodeHtmlBytes(new Uint8Array(iconv.encode(html, 'latin1')));
  assert.ok(decoded.includes('Über die Straße, café'));
  assert.equal(declaredCharset(new Uint8Array(iconv.encode(html, 'latin1'))), 'iso-8859-1');
});

test('treats a false UTF-8 declaration by statistics, and undeclared UTF-8 as UTF-8', () => {
  const lying = '<meta charset="utf-8"><p>Grüße aus Köln, schöne Grüße, äöü äöü äöü</p>';
  assert.ok(decodeHtmlBytes(new Uint8Array(iconv.encode(lying, 'latin1'))).includes('Grüße aus Köln'));
  assert.equal(decodeHtmlBytes(new TextEncoder().encode('<p>Γειά σου</p>')), '<p>Γειά σου</p>');
});

test('a declared UTF-16 in an ASCII-compatible page means UTF-8', () => {
  const bytes = new TextEncoder().encode('<meta charset="utf-16"><p>ok ✓</p>');
  assert.equal(decodeHtmlBytes(bytes), '<meta charset="utf-16"><p>ok ✓</p>');
});

test('reads a page saved as UTF-8 under a leftover legacy declaration as UTF-8, and a 7-bit ISO-2022-JP page as declared', () => {
  const html = '<html><head><meta charset="shift_jis"></head><body><p>The café reopened in München.</p></body></html>';
  assert.ok(decodeHtmlBytes(new TextEncoder().encode(html)).includes('The café reopened in München.'));
  const latin1 = html.replace('shift_jis', 'iso-8859-1');
  assert.ok(decodeHtmlBytes(new TextEncoder().encode(latin1)).includes('café'), 'not cafÃ©');
  // 東京 in ISO-2022-JP: escape to JIS X 0208, two 7-bit byte pairs, escape back to ASCII (iconv-lite cannot encode it).
  const tokyo = [0x1b, 0x24, 0x42, 0x45, 0x6c, 0x35, 0x7e, 0x1b, 0x28, 0x42];
  const japanese = [...new TextEncoder().encode('<meta charset="iso-2022-jp"><p>'), ...tokyo, ...new TextEncoder().encode('</p>')];
  assert.equal(decodeHtmlBytes(new Uint8Array(japanese)), '<meta charset="iso-2022-jp"><p>東京</p>');
});
