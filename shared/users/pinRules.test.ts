import { describe, expect, it } from 'vitest';
import { checkNewPin, checkPinRules } from './pinRules';

describe('checkPinRules', () => {
  it.each(['482915', '000001', '135790', '112233', '908172'])('accepts %s', (pin) => {
    expect(checkPinRules(pin)).toEqual({ ok: true });
  });

  it.each([
    ['', 'PIN harus 6 angka.'],
    ['12345', 'PIN harus 6 angka.'],
    ['4829150', 'PIN harus 6 angka.'],
    ['48 915', 'PIN hanya boleh berisi angka.'],
    ['48291a', 'PIN hanya boleh berisi angka.'],
    ['٤٨٢٩١٥', 'PIN hanya boleh berisi angka.'],
    ['111111', 'PIN tidak boleh berisi satu angka yang diulang (mis. 111111).'],
    ['000000', 'PIN tidak boleh berisi satu angka yang diulang (mis. 111111).'],
    ['123456', 'PIN tidak boleh berupa angka berurutan (mis. 123456 atau 654321).'],
    ['012345', 'PIN tidak boleh berupa angka berurutan (mis. 123456 atau 654321).'],
    ['456789', 'PIN tidak boleh berupa angka berurutan (mis. 123456 atau 654321).'],
    ['654321', 'PIN tidak boleh berupa angka berurutan (mis. 123456 atau 654321).'],
    ['987654', 'PIN tidak boleh berupa angka berurutan (mis. 123456 atau 654321).'],
  ])('refuses %j: %s', (pin, message) => {
    expect(checkPinRules(pin)).toEqual({ ok: false, message });
  });
});

describe('checkNewPin', () => {
  it('wants the same PIN twice', () => {
    expect(checkNewPin('482915', '482915')).toEqual({ ok: true });
    expect(checkNewPin('482915', '482951')).toEqual({
      ok: false,
      message: 'Kedua PIN tidak sama. Ketik ulang PIN yang sama.',
    });
  });

  it('reports the rules before the repetition', () => {
    expect(checkNewPin('123456', '654321')).toMatchObject({ ok: false, message: /berurutan/ });
  });
});
