/* uk-ukernel-test: the mmt4d ukernel ABI of src/ukernel/ and the feature-list
 * helper of src/support/features.c, checked without LLVM modules.
 *
 * Prints one line per failed check and "ukernel ABI: N checks, F failed";
 * exits 1 if any failed. */
#include "ukernel/ukernel.h"

#include <stdio.h>
#include <string.h>

static int checks, failed;

static void check(bool ok, const char *what, int line) {
  checks++;
  if (!ok) {
    failed++;
    printf("FAIL line %d: %s\n", line, what);
  }
}
#define CHECK(x) check((x), #x, __LINE__)

static bool streq(const char *a, const char *b) { return a && b ? !strcmp(a, b) : a == b; }

/* ---- the name grammar ------------------------------------------------- */

static bool round_trips(const char *name) {
  uk_mmt4d_name t;
  char again[160];
  if (!uk_parse_mmt4d_name(name, &t)) return false;
  uk_mmt4d_format_name(&t, again, sizeof again);
  return !strcmp(name, again);
}

static bool parses(const char *name) {
  uk_mmt4d_name t;
  return uk_parse_mmt4d_name(name, &t);
}

static void test_names(void) {
  CHECK(round_trips("iree_uk_mmt4d_f32f32f32_16x16x1_x86_64_avx512_base"));
  CHECK(round_trips("iree_uk_mmt4d_s8s8s32_8x8x8_aarch64_neon_i8mm"));
  CHECK(round_trips("iree_uk_mmt4d_bf16bf16bf16_7x32x1_riscv64_rvv"));
  CHECK(round_trips("iree_uk_mmt4d_s16s8s32_999999x1x2_x86_64_base"));
  /* every type name reads back as its type */
  for (uint32_t type = UK_TYPE_F32F32F32; type <= UK_TYPE_S8S4S32; type++) {
    uk_mmt4d_name t = {type, 4, 8, 2, "aarch64", "neon"}, back;
    char name[160];
    uk_mmt4d_format_name(&t, name, sizeof name);
    CHECK(uk_parse_mmt4d_name(name, &back) && back.type == type && back.m0 == 4 && back.n0 == 8 && back.k0 == 2 &&
          streq(back.arch, "aarch64") && streq(back.isa, "neon"));
  }
  CHECK(streq(uk_mmt4d_type_name(UK_TYPE_S16U4S32), "s16u4s32"));
  CHECK(uk_mmt4d_type_name(0) == NULL);
  CHECK(uk_mmt4d_type_name(UK_TYPE_S8S4S32 + 1) == NULL);

  uk_mmt4d_name t;
  CHECK(uk_parse_mmt4d_name("iree_uk_mmt4d_f16f16f32_6x32x1_x86_64_avx2_fma", &t) && t.type == UK_TYPE_F16F16F32 &&
        t.m0 == 6 && t.n0 == 32 && t.k0 == 1 && streq(t.arch, "x86_64") && streq(t.isa, "avx2_fma"));
  /* the table's last type, on the last architecture */
  CHECK(uk_parse_mmt4d_name("iree_uk_mmt4d_s8s4s32_1x1x2_riscv64_base", &t) && t.type == UK_TYPE_S8S4S32);

  /* malformed: prefix, type, numbers, separators, architecture, ISA */
  CHECK(!parses("iree_uk_mmt4d_generic"));
  CHECK(!parses("iree_uk_mmt4d"));
  CHECK(!parses("iree_uk_mmt4x_f32f32f32_1x1x1_x86_64_base"));
  CHECK(!parses("iree_uk_mmt4d_f64f64f64_1x1x1_x86_64_base"));
  CHECK(!parses("iree_uk_mmt4d_f32f32f32x_1x1x1_x86_64_base"));
  CHECK(!parses("iree_uk_mmt4d_f32f32f32_0x8x1_x86_64_base"));    /* zero */
  CHECK(!parses("iree_uk_mmt4d_f32f32f32_8x000x1_x86_64_base"));
  CHECK(!parses("iree_uk_mmt4d_f32f32f32_1234567x8x1_x86_64_base")); /* 7 digits: would overflow soon */
  CHECK(!parses("iree_uk_mmt4d_f32f32f32_99999999999x8x1_x86_64_base"));
  CHECK(!parses("iree_uk_mmt4d_f32f32f32_x8x1_x86_64_base"));
  CHECK(!parses("iree_uk_mmt4d_f32f32f32_-8x8x1_x86_64_base"));
  CHECK(!parses("iree_uk_mmt4d_f32f32f32_8x8_x86_64_base"));
  CHECK(!parses("iree_uk_mmt4d_f32f32f32_8y8x1_x86_64_base"));
  CHECK(!parses("iree_uk_mmt4d_f32f32f32_8x8x1x_x86_64_base"));   /* junk after K0 */
  CHECK(!parses("iree_uk_mmt4d_f32f32f32_8x8x1"));
  CHECK(!parses("iree_uk_mmt4d_f32f32f32_8x8x1_"));
  CHECK(!parses("iree_uk_mmt4d_f32f32f32_8x8x1_arm_neon"));       /* unknown architecture */
  CHECK(!parses("iree_uk_mmt4d_f32f32f32_8x8x1_x86_64"));         /* no ISA */
  CHECK(!parses("iree_uk_mmt4d_f32f32f32_8x8x1_x86_64_"));
  CHECK(!parses("iree_uk_mmt4d_f32f32f32_8x8x1_x86_64_avx512_base_and_far_too_many_characters_for_a_level"));
  /* an unknown ISA level, or junk after a known one, parses: it is no level
   * uklink knows, so it is never chosen nor generated */
  CHECK(uk_parse_mmt4d_name("iree_uk_mmt4d_f32f32f32_8x8x1_x86_64_avx2_fma_x", &t) && !uk_isa_features(t.arch, t.isa));
  CHECK(uk_parse_mmt4d_name("iree_uk_mmt4d_f32f32f32_8x8x1_aarch64_sve", &t) && !uk_isa_features(t.arch, t.isa));
}

/* ---- feature lists ---------------------------------------------------- */

static bool set_is(const char *list, const char *want) {
  uk_feature_set s = {0};
  uk_feature_set_apply(&s, list);
  char got[256] = "";
  for (uint32_t i = 0; i < s.n; i++) snprintf(got + strlen(got), sizeof got - strlen(got), "%s%s", i ? "," : "", s.names[i]);
  uk_feature_set_free(&s);
  if (strcmp(got, want)) printf("  set of '%s' is '%s', not '%s'\n", list, got, want);
  return !strcmp(got, want);
}

static void test_feature_lists(void) {
  const char *list = "+a,,-bb,c,+,+dd";
  uk_feature f;
  const char *p = list;
  CHECK(uk_next_feature(&p, &f) && f.sign == '+' && f.len == 1 && !strncmp(f.name, "a", 1));
  CHECK(uk_next_feature(&p, &f) && f.sign == '-' && f.len == 2 && !strncmp(f.name, "bb", 2)); /* ",," skipped */
  CHECK(uk_next_feature(&p, &f) && f.sign == 0 && f.len == 1 && !strncmp(f.name, "c", 1));
  CHECK(uk_next_feature(&p, &f) && f.sign == '+' && f.len == 0);
  CHECK(uk_next_feature(&p, &f) && f.sign == '+' && f.len == 2 && !strncmp(f.name, "dd", 2));
  CHECK(!uk_next_feature(&p, &f));
  p = NULL;
  CHECK(!uk_next_feature(&p, &f));

  CHECK(uk_feature_state("+avx2,+fma", "fma") == 1);
  CHECK(uk_feature_state("+avx2,-fma", "fma") == -1);
  CHECK(uk_feature_state("-fma,+avx2,+fma", "fma") == 1); /* the last entry decides */
  CHECK(uk_feature_state("+avx512f", "avx512") == 0);      /* whole names only */
  CHECK(uk_feature_state("+avx", "avx512f") == 0);
  CHECK(uk_feature_state("fma", "fma") == 0);              /* no sign: no state */
  CHECK(uk_feature_state(NULL, "fma") == 0);

  CHECK(set_is("+a,+b,+c,-a", "c,b")); /* a removed: the last takes its place */
  CHECK(set_is("+a,+a,-b", "a"));
  CHECK(set_is("-a,+a", "a"));
  CHECK(set_is("", ""));

  uk_feature_set target = {0}, caller = {0};
  uk_feature_set_apply(&target, "+x,+y,+z");
  uk_feature_set_apply(&caller, "+x");
  uint32_t count = 99;
  CHECK(uk_features_within("+x,+y", &target, NULL, &count) && count == 2);
  CHECK(!uk_features_within("+x,+w", &target, NULL, &count));
  CHECK(!uk_features_within("+x,+y", &target, &caller, &count)); /* the caller lacks y */
  CHECK(uk_features_within("+x", &target, &caller, &count) && count == 1);
  CHECK(uk_features_within("", &target, &caller, &count) && count == 0);
  uk_feature_set_free(&target);
  uk_feature_set_free(&caller);
}

/* ---- ISA levels ------------------------------------------------------- */

static const struct {
  const char *arch, *isa;
} levels[] = {
    {"x86_64", "base"},       {"x86_64", "avx2_fma"},     {"x86_64", "avx512_base"}, {"x86_64", "avx512_vnni"},
    {"x86_64", "avx512_bf16"}, {"aarch64", "neon"},       {"aarch64", "neon_dotprod"}, {"aarch64", "neon_i8mm"},
    {"aarch64", "neon_bf16"},  {"aarch64", "neon_fp16"},  {"riscv64", "base"},       {"riscv64", "rvv"},
};

static void test_isa_tables(void) {
  CHECK(streq(uk_isa_features("x86_64", "avx2_fma"), "+avx2,+fma,+f16c"));
  CHECK(streq(uk_isa_features("x86_64", "base"), ""));
  CHECK(streq(uk_isa_features("aarch64", "neon_i8mm"), "+i8mm"));
  CHECK(streq(uk_isa_features("riscv64", "rvv"), "+v"));
  CHECK(streq(uk_isa_full_features("aarch64", "neon"), "+neon"));
  CHECK(streq(uk_isa_full_features("riscv64", "base"), "+m,+a,+f,+d,+c"));
  CHECK(uk_isa_features("aarch64", "base") == NULL);
  CHECK(uk_isa_features("x86_64", "neon") == NULL);
  CHECK(uk_isa_full_features("x86_64", "avx512") == NULL);
  for (size_t l = 0; l < sizeof levels / sizeof *levels; l++) {
    const char *keys = uk_isa_features(levels[l].arch, levels[l].isa);
    const char *all = uk_isa_full_features(levels[l].arch, levels[l].isa);
    CHECK(keys && all);
    if (!keys || !all) continue;
    /* what a generated tile is compiled with has every key feature, and
     * only "+" entries; and IREE's cpu_data can ask for every key feature */
    uk_feature f;
    for (const char *p = keys; uk_next_feature(&p, &f);) {
      char name[32];
      snprintf(name, sizeof name, "%.*s", (int)f.len, f.name);
      CHECK(f.sign == '+' && uk_feature_state(all, name) == 1);
      bool in_cpu_data = false;
      for (unsigned bit = 0; bit < 64; bit++) in_cpu_data |= streq(uk_cpu_data_feature(levels[l].arch, bit), name);
      CHECK(in_cpu_data);
    }
    for (const char *p = all; uk_next_feature(&p, &f);) CHECK(f.sign == '+' && f.len > 0);
  }
  /* the AVX-512 levels include everything avx2_fma gives */
  const char *avx2 = uk_isa_full_features("x86_64", "avx2_fma");
  CHECK(avx2 && !strncmp(uk_isa_full_features("x86_64", "avx512_vnni"), avx2, strlen(avx2)));
}

/* The level uk_best_isa gives a type on arch for the target's list (and the
 * caller's, where not NULL); "none" where it finds none. */
static const char *best(const char *arch, uint32_t type, const char *target, const char *caller) {
  static char isa[48];
  uk_feature_set ts = {0}, cs = {0};
  uk_feature_set_apply(&ts, target);
  uk_feature_set_apply(&cs, caller);
  uk_mmt4d_name t = {type, 1, 1, 1, "", ""};
  bool found = uk_best_isa(arch, type, &ts, caller ? &cs : NULL, &t);
  snprintf(isa, sizeof isa, "%s", found ? t.isa : "none");
  if (found && strcmp(t.arch, arch)) snprintf(isa, sizeof isa, "arch %s", t.arch);
  uk_feature_set_free(&ts);
  uk_feature_set_free(&cs);
  return isa;
}

#define AVX512 "+avx,+avx2,+fma,+f16c,+avx512f,+avx512cd,+avx512vl,+avx512dq,+avx512bw"

static void test_best_isa(void) {
  /* x86_64: the widest vectors, or the level with the type's instructions */
  CHECK(streq(best("x86_64", UK_TYPE_F32F32F32, "", NULL), "base"));
  CHECK(streq(best("x86_64", UK_TYPE_F32F32F32, "+sse4.2,+avx", NULL), "base"));
  CHECK(streq(best("x86_64", UK_TYPE_F32F32F32, "+avx2,+fma", NULL), "base")); /* no F16C */
  CHECK(streq(best("x86_64", UK_TYPE_F32F32F32, "+avx2,+f16c", NULL), "base")); /* no FMA */
  CHECK(streq(best("x86_64", UK_TYPE_F32F32F32, "+avx2,+fma,+f16c", NULL), "avx2_fma"));
  CHECK(streq(best("x86_64", UK_TYPE_F32F32F32, AVX512, NULL), "avx512_base"));
  CHECK(streq(best("x86_64", UK_TYPE_F32F32F32, AVX512 ",-avx512bw", NULL), "avx2_fma"));
  CHECK(streq(best("x86_64", UK_TYPE_F32F32F32, AVX512 ",+avx512vnni,+avx512bf16", NULL), "avx512_base"));
  CHECK(streq(best("x86_64", UK_TYPE_S8S8S32, AVX512, NULL), "avx512_base"));
  CHECK(streq(best("x86_64", UK_TYPE_S8S8S32, AVX512 ",+avx512vnni", NULL), "avx512_vnni"));
  CHECK(streq(best("x86_64", UK_TYPE_S16S16S32, AVX512 ",+avx512vnni", NULL), "avx512_vnni"));
  CHECK(streq(best("x86_64", UK_TYPE_S16S8S32, AVX512 ",+avx512vnni", NULL), "avx512_base"));
  CHECK(streq(best("x86_64", UK_TYPE_S8S8S32, "+avx2,+fma,+f16c,+avx512vnni", NULL), "avx2_fma"));
  CHECK(streq(best("x86_64", UK_TYPE_BF16BF16F32, AVX512 ",+avx512bf16", NULL), "avx512_bf16"));
  CHECK(streq(best("x86_64", UK_TYPE_BF16BF16BF16, AVX512 ",+avx512bf16", NULL), "avx512_base"));
  /* within the caller's features; a caller that states none gets the base */
  CHECK(streq(best("x86_64", UK_TYPE_F32F32F32, AVX512, "+avx2,+fma,+f16c"), "avx2_fma"));
  CHECK(streq(best("x86_64", UK_TYPE_S8S8S32, AVX512 ",+avx512vnni", AVX512), "avx512_base"));
  CHECK(streq(best("x86_64", UK_TYPE_F32F32F32, AVX512, ""), "base"));
  CHECK(streq(best("x86_64", UK_TYPE_F32F32F32, "+avx2,+fma,+f16c", AVX512), "avx2_fma"));
  /* aarch64: NEON always; the f16 and bf16 levels for their types */
  CHECK(streq(best("aarch64", UK_TYPE_F32F32F32, "", NULL), "neon"));
  CHECK(streq(best("aarch64", UK_TYPE_F32F32F32, "+neon,+fullfp16,+bf16,+i8mm,+dotprod", NULL), "neon"));
  CHECK(streq(best("aarch64", UK_TYPE_F16F16F16, "+fullfp16", NULL), "neon_fp16"));
  CHECK(streq(best("aarch64", UK_TYPE_F16F16F16, "+bf16", NULL), "neon"));
  CHECK(streq(best("aarch64", UK_TYPE_F16F16F32, "+fullfp16", NULL), "neon"));
  CHECK(streq(best("aarch64", UK_TYPE_BF16BF16F32, "+bf16", NULL), "neon_bf16"));
  CHECK(streq(best("aarch64", UK_TYPE_BF16BF16F32, "+bf16", "+neon"), "neon"));
  CHECK(streq(best("aarch64", UK_TYPE_S8S8S32, "+i8mm,+dotprod", NULL), "neon"));
  /* riscv64: RVV where the CPU (and caller) has V */
  CHECK(streq(best("riscv64", UK_TYPE_F32F32F32, "+m,+a,+f,+d,+c", NULL), "base"));
  CHECK(streq(best("riscv64", UK_TYPE_F32F32F32, "+m,+a,+f,+d,+c,+v", NULL), "rvv"));
  CHECK(streq(best("riscv64", UK_TYPE_F32F32F32, "+v,-v", NULL), "base"));
  CHECK(streq(best("riscv64", UK_TYPE_S8S8S32, "+v", "+m"), "base"));
  CHECK(streq(best("riscv64", UK_TYPE_F32F32F32, "+v", "+v"), "rvv"));
}

/* ---- cpu_data bits ---------------------------------------------------- */

static void test_cpu_data(void) {
  static const struct {
    const char *arch;
    unsigned bit;
    const char *feature;
  } want[] = {
      {"x86_64", 10, "avx"},       {"x86_64", 11, "fma"},        {"x86_64", 14, "f16c"},      {"x86_64", 15, "avx2"},
      {"x86_64", 20, "avx512f"},   {"x86_64", 21, "avx512cd"},   {"x86_64", 22, "avx512vl"},  {"x86_64", 23, "avx512dq"},
      {"x86_64", 24, "avx512bw"},  {"x86_64", 28, "avx512vnni"}, {"x86_64", 31, "avx512bf16"}, {"x86_64", 32, "avx512fp16"},
      {"aarch64", 10, "fullfp16"}, {"aarch64", 11, "fp16fml"},   {"aarch64", 12, "dotprod"},  {"aarch64", 13, "i8mm"},
      {"aarch64", 14, "bf16"},     {"aarch64", 20, "sve"},       {"aarch64", 21, "sve2"},     {"riscv64", 0, "v"},
      {"riscv64", 1, "zvfhmin"},   {"riscv64", 2, "zvfh"},       {"riscv64", 3, "zvfbfwma"},  {"riscv64", 5, "zvl256b"},
  };
  size_t n = sizeof want / sizeof *want;
  for (size_t i = 0; i < n; i++) CHECK(streq(uk_cpu_data_feature(want[i].arch, want[i].bit), want[i].feature));
  /* every other bit names nothing */
  static const char *const arches[] = {"x86_64", "aarch64", "riscv64"};
  for (size_t a = 0; a < 3; a++)
    for (unsigned bit = 0; bit < 64; bit++) {
      bool listed = false;
      for (size_t i = 0; i < n; i++) listed |= !strcmp(want[i].arch, arches[a]) && want[i].bit == bit;
      if (!listed) CHECK(uk_cpu_data_feature(arches[a], bit) == NULL);
    }
  CHECK(uk_cpu_data_feature("mips64", 10) == NULL);
}

/* ---- generatable tiles ------------------------------------------------ */

static const char *why_not(const char *name) {
  static char why[96];
  uk_mmt4d_name t;
  if (!uk_parse_mmt4d_name(name, &t)) return "unparsed";
  snprintf(why, sizeof why, "untouched");
  bool ok = uk_tile_generatable(&t, why, sizeof why);
  if (ok != !strcmp(why, "untouched")) return "the result and the reason disagree";
  return ok ? "generatable" : why;
}

static void test_generatable(void) {
  CHECK(streq(why_not("iree_uk_mmt4d_f32f32f32_16x16x1_x86_64_avx512_base"), "generatable"));
  CHECK(streq(why_not("iree_uk_mmt4d_f32f32f32_8x8x1_x86_64_base"), "generatable"));
  CHECK(streq(why_not("iree_uk_mmt4d_f16f16f32_8x8x1_x86_64_avx2_fma"), "generatable"));
  CHECK(streq(why_not("iree_uk_mmt4d_f16f16f16_8x8x1_riscv64_base"), "f16 outputs are not generated for riscv64"));
  CHECK(streq(why_not("iree_uk_mmt4d_f16f16f32_8x8x1_riscv64_rvv"), "generatable"));
  CHECK(streq(why_not("iree_uk_mmt4d_f16f16f16_8x8x1_aarch64_neon_fp16"), "generatable"));
  CHECK(streq(why_not("iree_uk_mmt4d_s8s4s32_8x8x2_x86_64_avx2_fma"), "4-bit element types are not generated"));
  CHECK(streq(why_not("iree_uk_mmt4d_s16u4s32_1x32x8_aarch64_neon"), "4-bit element types are not generated"));
  CHECK(streq(why_not("iree_uk_mmt4d_f16f16f32_8x8x1_x86_64_base"), "f16 needs the avx2_fma level or above"));
  CHECK(streq(why_not("iree_uk_mmt4d_f16f16f16_8x8x1_x86_64_base"), "f16 needs the avx2_fma level or above"));
  CHECK(streq(why_not("iree_uk_mmt4d_f32f32f32_64x16x16_x86_64_base"), "generatable"));
  CHECK(streq(why_not("iree_uk_mmt4d_f32f32f32_65x1x1_x86_64_base"), "the tile is too large to generate"));
  CHECK(streq(why_not("iree_uk_mmt4d_f32f32f32_4x256x1_x86_64_base"), "generatable"));
  CHECK(streq(why_not("iree_uk_mmt4d_f32f32f32_1x257x1_x86_64_base"), "the tile is too large to generate"));
  CHECK(streq(why_not("iree_uk_mmt4d_f32f32f32_1x1x17_x86_64_base"), "the tile is too large to generate"));
  CHECK(streq(why_not("iree_uk_mmt4d_f32f32f32_32x33x1_x86_64_base"), "the tile is too large to generate"));
  CHECK(streq(why_not("iree_uk_mmt4d_f32f32f32_8x8x1_x86_64_avx512"), "unknown ISA level"));
  CHECK(streq(why_not("iree_uk_mmt4d_f32f32f32_8x8x1_aarch64_base"), "unknown ISA level"));
  /* no reason asked for */
  uk_mmt4d_name t;
  CHECK(uk_parse_mmt4d_name("iree_uk_mmt4d_s8s4s32_8x8x2_x86_64_avx2_fma", &t) && !uk_tile_generatable(&t, NULL, 0));
}

int main(void) {
  test_names();
  test_feature_lists();
  test_isa_tables();
  test_best_isa();
  test_cpu_data();
  test_generatable();
  printf("ukernel ABI: %d checks, %d failed\n", checks, failed);
  return failed ? 1 : 0;
}
