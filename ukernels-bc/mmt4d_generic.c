/* The generic mmt4d: correct for every element-type combination of the ABI
 * and any tile shape; the reference the fast tiles are checked against.
 *
 * Element (i, k, m0, k0) of LHS is at lhs_offset + i*lhs_stride0 +
 * (k*M0 + m0)*K0 + k0 (likewise RHS with N0); output tile (i, j) is row-major
 * M0 x N0 at out_offset + i*out_stride0 + j*M0*N0. Offsets and strides count
 * elements; 4-bit elements are packed two per byte, the even one in the low
 * nibble. */
#include "ukernel.h"

static float f32_from_bits(uk_u32 b) {
  union { uk_u32 u; float f; } v = {b};
  return v.f;
}

static uk_u32 bits_from_f32(float f) {
  union { float f; uk_u32 u; } v = {f};
  return v.u;
}

static float f16_to_f32(uk_u16 h) {
  uk_u32 sign = (uk_u32)(h & 0x8000) << 16;
  uk_u32 exp = (h >> 10) & 0x1f;
  uk_u32 man = h & 0x3ff;
  if (exp == 0x1f) return f32_from_bits(sign | 0x7f800000u | (man << 13));
  if (exp == 0) {
    /* zero or subnormal: man * 2^-24 */
    float v = (float)man * f32_from_bits(0x33800000u);
    return sign ? -v : v;
  }
  return f32_from_bits(sign | ((exp + 112) << 23) | (man << 13));
}

static uk_u16 f32_to_f16(float f) {
  uk_u32 x = bits_from_f32(f);
  uk_u32 sign = (x >> 16) & 0x8000;
  uk_u32 exp = (x >> 23) & 0xff;
  uk_u32 man = x & 0x7fffff;
  if (exp == 0xff) return (uk_u16)(sign | 0x7c00 | (man ? 0x200 | (man >> 13) : 0));
  int e = (int)exp - 127 + 15;
  if (e >= 0x1f) return (uk_u16)(sign | 0x7c00);
  if (e <= 0) {
    if (e < -10) return (uk_u16)sign;
    man |= 0x800000;
    uk_u32 shift = (uk_u32)(14 - e);
    uk_u32 h = man >> shift;
    uk_u32 rem = man & ((1u << shift) - 1);
    uk_u32 half = 1u << (shift - 1);
    if (rem > half || (rem == half && (h & 1))) h++;
    return (uk_u16)(sign | h);
  }
  uk_u32 h = ((uk_u32)e << 10) | (man >> 13);
  uk_u32 rem = man & 0x1fff;
  if (rem > 0x1000 || (rem == 0x1000 && (h & 1))) h++; /* may carry into the exponent: correct */
  return (uk_u16)(sign | h);
}

static float bf16_to_f32(uk_u16 b) { return f32_from_bits((uk_u32)b << 16); }

static uk_u16 f32_to_bf16(float f) {
  uk_u32 x = bits_from_f32(f);
  if ((x & 0x7fffffff) > 0x7f800000) return (uk_u16)((x >> 16) | 0x40); /* quiet NaN */
  uk_u32 rounding = 0x7fff + ((x >> 16) & 1);
  return (uk_u16)((x + rounding) >> 16);
}

static uk_i32 s4_at(const uk_u8 *p, uk_i64 e) {
  uk_u8 byte = p[e >> 1];
  uk_i32 nib = (e & 1) ? (byte >> 4) : (byte & 0xf);
  return nib >= 8 ? nib - 16 : nib;
}

static uk_i32 u4_at(const uk_u8 *p, uk_i64 e) {
  uk_u8 byte = p[e >> 1];
  return (e & 1) ? (byte >> 4) : (byte & 0xf);
}

/* Float accumulation, with the output type's rounding after each step
 * unless SKIP_INTERMEDIATE_ROUNDINGS (or an f32 output). */
static float load_lhs_f(uk_u32 type, const void *p, uk_i64 e) {
  if (type == UK_MMT4D_F32F32F32) return ((const float *)p)[e];
  if (type == UK_MMT4D_F16F16F32 || type == UK_MMT4D_F16F16F16) return f16_to_f32(((const uk_u16 *)p)[e]);
  return bf16_to_f32(((const uk_u16 *)p)[e]);
}

static float round_out(uk_u32 type, float v) {
  if (type == UK_MMT4D_F16F16F16) return f16_to_f32(f32_to_f16(v));
  if (type == UK_MMT4D_BF16BF16BF16) return bf16_to_f32(f32_to_bf16(v));
  return v;
}

static uk_i32 load_lhs_i(uk_u32 type, const void *p, uk_i64 e) {
  if (type == UK_MMT4D_S8S8S32 || type == UK_MMT4D_S8S4S32) return ((const uk_i8 *)p)[e];
  return ((const uk_i16 *)p)[e];
}

static uk_i32 load_rhs_i(uk_u32 type, const void *p, uk_i64 e) {
  switch (type) {
  case UK_MMT4D_S8S8S32: case UK_MMT4D_S16S8S32: return ((const uk_i8 *)p)[e];
  case UK_MMT4D_S16S16S32: return ((const uk_i16 *)p)[e];
  case UK_MMT4D_S16U4S32: return u4_at((const uk_u8 *)p, e);
  default: return s4_at((const uk_u8 *)p, e);
  }
}

static int is_float_type(uk_u32 type) {
  return type == UK_MMT4D_F32F32F32 || type == UK_MMT4D_F16F16F32 || type == UK_MMT4D_F16F16F16 ||
         type == UK_MMT4D_BF16BF16F32 || type == UK_MMT4D_BF16BF16BF16;
}

static void tile_float(uk_u32 flags, const void *lhs, uk_i64 lhs_base, const void *rhs, uk_i64 rhs_base,
                       void *out, uk_i64 out_base, uk_i64 K, uk_i32 M0, uk_i32 N0, uk_i32 K0) {
  uk_u32 type = flags & UK_MMT4D_TYPE_MASK;
  int narrow_out = type == UK_MMT4D_F16F16F16 || type == UK_MMT4D_BF16BF16BF16;
  int round_each = narrow_out && !(flags & UK_MMT4D_SKIP_INTERMEDIATE_ROUNDINGS);
  for (uk_i32 m0 = 0; m0 < M0; m0++) {
    for (uk_i32 n0 = 0; n0 < N0; n0++) {
      uk_i64 o = out_base + (uk_i64)m0 * N0 + n0;
      float acc = 0.0f;
      if (flags & UK_MMT4D_ACCUMULATE) {
        if (type == UK_MMT4D_F16F16F16) acc = f16_to_f32(((uk_u16 *)out)[o]);
        else if (type == UK_MMT4D_BF16BF16BF16) acc = bf16_to_f32(((uk_u16 *)out)[o]);
        else acc = ((float *)out)[o];
      }
      for (uk_i64 k = 0; k < K; k++) {
        for (uk_i32 k0 = 0; k0 < K0; k0++) {
          float a = load_lhs_f(type, lhs, lhs_base + (k * M0 + m0) * K0 + k0);
          float b = load_lhs_f(type, rhs, rhs_base + (k * N0 + n0) * K0 + k0);
          acc += a * b;
          if (round_each) acc = round_out(type, acc);
        }
      }
      if (type == UK_MMT4D_F16F16F16) ((uk_u16 *)out)[o] = f32_to_f16(acc);
      else if (type == UK_MMT4D_BF16BF16BF16) ((uk_u16 *)out)[o] = f32_to_bf16(acc);
      else ((float *)out)[o] = acc;
    }
  }
}

static void tile_int(uk_u32 flags, const void *lhs, uk_i64 lhs_base, const void *rhs, uk_i64 rhs_base, void *out,
                     uk_i64 out_base, uk_i64 K, uk_i32 M0, uk_i32 N0, uk_i32 K0) {
  uk_u32 type = flags & UK_MMT4D_TYPE_MASK;
  for (uk_i32 m0 = 0; m0 < M0; m0++) {
    for (uk_i32 n0 = 0; n0 < N0; n0++) {
      uk_i64 o = out_base + (uk_i64)m0 * N0 + n0;
      /* wrap-around int32 accumulation, done in unsigned arithmetic */
      uk_u32 acc = (flags & UK_MMT4D_ACCUMULATE) ? (uk_u32)((uk_i32 *)out)[o] : 0u;
      for (uk_i64 k = 0; k < K; k++)
        for (uk_i32 k0 = 0; k0 < K0; k0++) {
          uk_i32 a = load_lhs_i(type, lhs, lhs_base + (k * M0 + m0) * K0 + k0);
          uk_i32 b = load_rhs_i(type, rhs, rhs_base + (k * N0 + n0) * K0 + k0);
          acc += (uk_u32)a * (uk_u32)b;
        }
      ((uk_i32 *)out)[o] = (uk_i32)acc;
    }
  }
}

uk_i32 iree_uk_mmt4d_generic(UK_MMT4D_PARAMS) {
  (void)cpu_data;
  if (M <= 0 || N <= 0) return 0;
  uk_u32 type = flags & UK_MMT4D_TYPE_MASK;
  int fl = is_float_type(type);
  for (uk_i64 i = 0; i < M; i++) {
    for (uk_i64 j = 0; j < N; j++) {
      uk_i64 lb = lhs_offset + i * lhs_stride0;
      uk_i64 rb = rhs_offset + j * rhs_stride0;
      uk_i64 ob = out_offset + i * out_stride0 + j * (uk_i64)M0 * N0;
      if (fl) tile_float(flags, lhs_buffer, lb, rhs_buffer, rb, out_buffer, ob, K, M0, N0, K0);
      else tile_int(flags, lhs_buffer, lb, rhs_buffer, rb, out_buffer, ob, K, M0, N0, K0);
    }
  }
  return 0;
}
