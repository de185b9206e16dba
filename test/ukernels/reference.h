/* The naive mmt4d reference shared by the ukernel tests: element types,
 * conversions written independently of ukernels-bc (f16 by arithmetic on
 * doubles, bf16 by the nearest of two candidates), fill and get. */
#ifndef UKLINK_TEST_REFERENCE_H
#define UKLINK_TEST_REFERENCE_H
#include <math.h>
#include <stdint.h>
#include <string.h>

enum { F32 = 1, S8S8S32, F16F16F32, F16F16F16, BF16BF16F32, BF16BF16BF16, S16S16S32, S16U4S32, S16S8S32, S8S4S32 };
enum { ACC = 0x100, FALLBACK = 0x200, SKIP = 0x400 };

typedef struct {
  int type;
  int lhs_bits, rhs_bits, out_bits;
  int is_float;
} type_info;

static const type_info types[] = {
    {F32, 32, 32, 32, 1},          {S8S8S32, 8, 8, 32, 0},     {F16F16F32, 16, 16, 32, 1},
    {F16F16F16, 16, 16, 16, 1},    {BF16BF16F32, 16, 16, 32, 1}, {BF16BF16BF16, 16, 16, 16, 1},
    {S16S16S32, 16, 16, 32, 0},    {S16U4S32, 16, 4, 32, 0},   {S16S8S32, 16, 8, 32, 0},
    {S8S4S32, 8, 4, 32, 0},
};

static uint32_t rng = 12345;
static inline uint32_t next(void) {
  rng ^= rng << 13;
  rng ^= rng >> 17;
  rng ^= rng << 5;
  return rng;
}

static inline float bf16_to_f(uint16_t b) {
  uint32_t u = (uint32_t)b << 16;
  float f;
  memcpy(&f, &u, 4);
  return f;
}
static inline uint16_t f_to_bf16(float f) {
  /* reference rounding: via double-checked nearest of the two candidates */
  uint32_t u;
  memcpy(&u, &f, 4);
  uint16_t lo = (uint16_t)(u >> 16), hi = (uint16_t)(lo + 1);
  double dl = fabs((double)bf16_to_f(lo) - f), dh = fabs((double)bf16_to_f(hi) - f);
  if (dh < dl || (dh == dl && (lo & 1))) return hi;
  return lo;
}
/* f16 by arithmetic on doubles (no _Float16: not every compiler has it),
 * rounding to nearest even through nearbyint. */
static inline float h_to_f(uint16_t h) {
  int e = (h >> 10) & 31, m = h & 1023;
  double v = e == 0 ? ldexp(m, -24) : e == 31 ? (m ? NAN : INFINITY) : ldexp(1024 + m, e - 25);
  return (float)((h & 0x8000) ? -v : v);
}
static inline uint16_t f_to_h(float f) {
  uint16_t sign = signbit(f) ? 0x8000 : 0;
  double a = fabs((double)f);
  if (isnan(f)) return sign | 0x7e00;
  if (a >= 65520.0) return sign | 0x7c00;
  if (a < 0x1p-14) return sign | (uint16_t)nearbyint(a * 0x1p24); /* subnormal (or the least normal) */
  int e;
  double q = nearbyint(frexp(a, &e) * 2048.0); /* 11 significant bits */
  if (q == 2048.0) {
    q = 1024.0;
    e++;
  }
  if (e + 14 >= 31) return sign | 0x7c00;
  return sign | (uint16_t)(((e + 14) << 10) | ((int)q - 1024));
}

/* element e of a buffer, widened */
static inline double get(const void *buf, int bits, int is_float, int fmt16, int is_unsigned4, int64_t e) {
  switch (bits) {
  case 32: /* not ?: here: it would convert the int32 to float */
    if (is_float) return ((const float *)buf)[e];
    return ((const int32_t *)buf)[e];
  case 16:
    if (!is_float) return ((const int16_t *)buf)[e];
    return fmt16 == 1 ? h_to_f(((const uint16_t *)buf)[e]) : bf16_to_f(((const uint16_t *)buf)[e]);
  case 8: return ((const int8_t *)buf)[e];
  default: {
    uint8_t byte = ((const uint8_t *)buf)[e / 2];
    int v = (e & 1) ? byte >> 4 : byte & 15;
    return is_unsigned4 ? v : (v >= 8 ? v - 16 : v);
  }
  }
}

static inline void fill(void *buf, int bits, int is_float, int fmt16, int64_t n) {
  for (int64_t e = 0; e < n; e++) {
    int small = (int)(next() % 17) - 8; /* exact in every type */
    switch (bits) {
    case 32:
      if (is_float) ((float *)buf)[e] = small / 4.0f;
      else ((int32_t *)buf)[e] = small * 1000;
      break;
    case 16:
      if (!is_float) ((int16_t *)buf)[e] = (int16_t)(small * 1000);
      else ((uint16_t *)buf)[e] = fmt16 == 1 ? f_to_h(small / 4.0f) : f_to_bf16(small / 4.0f);
      break;
    case 8: ((int8_t *)buf)[e] = (int8_t)(small * 15); break;
    default: ((uint8_t *)buf)[e / 2] = (uint8_t)next(); break;
    }
  }
}

#endif
