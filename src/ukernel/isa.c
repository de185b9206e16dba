/* ISA levels: the <arch>_<isa> of a tile entry's name, what each stands for
 * in LLVM's features, which one a generated tile gets, and the features
 * IREE's cpu_data word names.
 *
 * A level needs its key features: those a user writes with --features and
 * IREE's cpu_data carries. A tile compiled for the level gets every feature
 * those imply (as clang lists them), since a generated tile is compiled for
 * the architecture's baseline CPU, which implies none of them. */
#include "ukernel/ukernel.h"

#include <stdio.h>
#include <string.h>

/* AArch64 always has NEON; riscv64's base is rv64gc, as the lp64d ABI needs D. */
#define UK_X86_AVX2_ALL "+avx,+avx2,+cmov,+crc32,+cx8,+f16c,+fma,+fxsr,+mmx,+popcnt,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave"
#define UK_X86_AVX512_ALL UK_X86_AVX2_ALL ",+avx512bw,+avx512cd,+avx512dq,+avx512f,+avx512vl"
#define UK_X86_AVX512_KEYS "+avx2,+fma,+f16c,+avx512f,+avx512cd,+avx512vl,+avx512dq,+avx512bw"
static const struct {
  const char *arch, *isa;
  const char *features; /* the key features it needs */
  const char *all;      /* everything they imply: a generated tile's "target-features" */
} isa_levels[] = {
    {"x86_64", "base", "", "+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87"}, /* x86-64's, as clang lists them */
    {"x86_64", "avx2_fma", "+avx2,+fma,+f16c", UK_X86_AVX2_ALL},
    {"x86_64", "avx512_base", UK_X86_AVX512_KEYS, UK_X86_AVX512_ALL},
    {"x86_64", "avx512_vnni", UK_X86_AVX512_KEYS ",+avx512vnni", UK_X86_AVX512_ALL ",+avx512vnni"},
    {"x86_64", "avx512_bf16", UK_X86_AVX512_KEYS ",+avx512bf16", UK_X86_AVX512_ALL ",+avx512bf16"},
    {"aarch64", "neon", "", "+neon"},
    {"aarch64", "neon_dotprod", "+dotprod", "+neon,+dotprod"},
    {"aarch64", "neon_i8mm", "+i8mm", "+neon,+i8mm"},
    {"aarch64", "neon_bf16", "+bf16", "+neon,+bf16"},
    {"aarch64", "neon_fp16", "+fullfp16", "+neon,+fullfp16"},
    {"riscv64", "base", "", "+m,+a,+f,+d,+c"},
    {"riscv64", "rvv", "+v", "+m,+a,+f,+d,+c,+v"},
};

static int isa_level(const char *arch, const char *isa) {
  for (size_t i = 0; i < sizeof isa_levels / sizeof *isa_levels; i++)
    if (!strcmp(isa_levels[i].arch, arch) && !strcmp(isa_levels[i].isa, isa)) return (int)i;
  return -1;
}

const char *uk_isa_features(const char *arch, const char *isa) {
  int i = isa_level(arch, isa);
  return i < 0 ? NULL : isa_levels[i].features;
}

const char *uk_isa_full_features(const char *arch, const char *isa) {
  int i = isa_level(arch, isa);
  return i < 0 ? NULL : isa_levels[i].all;
}

/* The level with the instructions for the type, where the architecture has
 * one, is the best if the CPU has it; else the widest vectors it has. */
bool uk_best_isa(const char *arch, uint32_t type, const uk_feature_set *target, const uk_feature_set *caller,
                 uk_mmt4d_name *t) {
  static const char *const x86[] = {"avx512_base", "avx2_fma", "base"};
  static const char *const arm[] = {"neon"};
  static const char *const rv[] = {"rvv", "base"};
  const char *special = NULL;
  if (!strcmp(arch, "x86_64")) special = type == UK_TYPE_BF16BF16F32 ? "avx512_bf16"
                                         : (type == UK_TYPE_S8S8S32 || type == UK_TYPE_S16S16S32) ? "avx512_vnni" : NULL;
  if (!strcmp(arch, "aarch64")) special = type == UK_TYPE_F16F16F16 ? "neon_fp16"
                                          : type == UK_TYPE_BF16BF16F32 ? "neon_bf16" : NULL;
  const char *const *order = !strcmp(arch, "x86_64") ? x86 : !strcmp(arch, "aarch64") ? arm : rv;
  size_t n = !strcmp(arch, "x86_64") ? 3 : !strcmp(arch, "aarch64") ? 1 : 2;
  uint32_t count;
  snprintf(t->arch, sizeof t->arch, "%s", arch);
  if (special && uk_features_within(uk_isa_features(arch, special), target, caller, &count)) {
    snprintf(t->isa, sizeof t->isa, "%s", special);
    return true;
  }
  for (size_t i = 0; i < n; i++)
    if (uk_features_within(uk_isa_features(arch, order[i]), target, caller, &count)) {
      snprintf(t->isa, sizeof t->isa, "%s", order[i]);
      return true;
    }
  return false;
}

/* The feature bits of IREE's cpu_data[0] (docs: the mmt4d ukernel ABI), by
 * LLVM's names for them. */
static const struct {
  const char *arch;
  unsigned bit;
  const char *feature;
} cpu_data_bits[] = {
    {"x86_64", 10, "avx"},          {"x86_64", 11, "fma"},          {"x86_64", 14, "f16c"},
    {"x86_64", 15, "avx2"},         {"x86_64", 20, "avx512f"},      {"x86_64", 21, "avx512cd"},
    {"x86_64", 22, "avx512vl"},     {"x86_64", 23, "avx512dq"},     {"x86_64", 24, "avx512bw"},
    {"x86_64", 28, "avx512vnni"},   {"x86_64", 31, "avx512bf16"},   {"x86_64", 32, "avx512fp16"},
    {"aarch64", 10, "fullfp16"},    {"aarch64", 11, "fp16fml"},     {"aarch64", 12, "dotprod"},
    {"aarch64", 13, "i8mm"},        {"aarch64", 14, "bf16"},        {"aarch64", 20, "sve"},
    {"aarch64", 21, "sve2"},        {"riscv64", 0, "v"},            {"riscv64", 1, "zvfhmin"},
    {"riscv64", 2, "zvfh"},         {"riscv64", 3, "zvfbfwma"},     {"riscv64", 5, "zvl256b"},
};

const char *uk_cpu_data_feature(const char *arch, unsigned bit) {
  for (size_t b = 0; b < sizeof cpu_data_bits / sizeof *cpu_data_bits; b++)
    if (cpu_data_bits[b].bit == bit && !strcmp(cpu_data_bits[b].arch, arch)) return cpu_data_bits[b].feature;
  return NULL;
}
