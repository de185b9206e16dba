/* The tile entries' names (docs/ukernels.md):
 *   iree_uk_mmt4d_<lhs><rhs><out>_<M0>x<N0>x<K0>_<arch>_<isa>
 * A name is all the linker knows of a prebuilt tile, and all the generate
 * stage is told of a tile to build, so both read it here. */
#include "ukernel/ukernel.h"

#include <stdio.h>
#include <string.h>

static const char *const type_names[] = {
    NULL, "f32f32f32", "s8s8s32", "f16f16f32", "f16f16f16", "bf16bf16f32",
    "bf16bf16bf16", "s16s16s32", "s16u4s32", "s16s8s32", "s8s4s32",
};

const char *uk_mmt4d_type_name(uint32_t type) {
  return type < sizeof type_names / sizeof *type_names ? type_names[type] : NULL;
}

/* A tile dimension: 1 to 6 digits (so no int overflows), not 0. */
static bool parse_int(const char **p, int *out) {
  int v = 0, digits = 0;
  while (**p >= '0' && **p <= '9' && digits < 6) v = v * 10 + (*(*p)++ - '0'), digits++;
  *out = v;
  return digits > 0 && v > 0;
}

bool uk_parse_mmt4d_name(const char *name, uk_mmt4d_name *out) {
  static const char prefix[] = "iree_uk_mmt4d_";
  if (strncmp(name, prefix, sizeof prefix - 1) != 0) return false;
  const char *p = name + sizeof prefix - 1;
  *out = (uk_mmt4d_name){0};
  for (uint32_t t = 1; t < sizeof type_names / sizeof *type_names; t++) {
    size_t n = strlen(type_names[t]);
    if (strncmp(p, type_names[t], n) == 0 && p[n] == '_') {
      out->type = t;
      p += n + 1;
      break;
    }
  }
  if (!out->type) return false;
  if (!parse_int(&p, &out->m0) || *p++ != 'x' || !parse_int(&p, &out->n0) || *p++ != 'x' ||
      !parse_int(&p, &out->k0) || *p++ != '_')
    return false;
  static const char *const arches[] = {"x86_64_", "aarch64_", "riscv64_"};
  for (size_t a = 0; a < sizeof arches / sizeof *arches; a++) {
    size_t n = strlen(arches[a]);
    if (strncmp(p, arches[a], n) == 0 && p[n]) {
      snprintf(out->arch, sizeof out->arch, "%.*s", (int)(n - 1), p);
      snprintf(out->isa, sizeof out->isa, "%s", p + n);
      return strlen(p + n) < sizeof out->isa;
    }
  }
  return false;
}

void uk_mmt4d_format_name(const uk_mmt4d_name *t, char *out, size_t len) {
  snprintf(out, len, "iree_uk_mmt4d_%s_%dx%dx%d_%s_%s", uk_mmt4d_type_name(t->type), t->m0, t->n0, t->k0, t->arch,
           t->isa);
}
