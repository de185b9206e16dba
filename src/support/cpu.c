/* The CPU a target is built for: the host's as CPUID reports it (--cpu
 * native), whether a triple is the host's, and whether LLVM knows a CPU name
 * and feature list at all.
 *
 * LLVM's host detection reads CPUID (and the OS's XCR0), so a feature that a
 * hypervisor hides is absent from the host's features. The host's CPU *name*
 * is another matter: "emeraldrapids" implies AVX512-BF16, AVX512-FP16 and
 * AMX whatever the machine has. So the name is used only together with the
 * complete feature list, in which every feature LLVM knows and the host lacks
 * is "-name": a later entry wins over what the name implies. */
#include "support/support.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

void uk_host_cpu_detect(uk_host_cpu *h) {
  char *name = LLVMGetHostCPUName(), *features = LLVMGetHostCPUFeatures();
  h->triple = uk_host_triple();
  h->name = uk_xstrdup(name);
  h->features = uk_xstrdup(features);
  LLVMDisposeMessage(name);
  LLVMDisposeMessage(features);
}

void uk_host_cpu_free(uk_host_cpu *h) {
  free(h->triple);
  free(h->name);
  free(h->features);
  *h = (uk_host_cpu){0};
}

/* The n-th "-" separated component of a triple (its length in *len). */
static const char *component(const char *triple, int n, size_t *len) {
  const char *p = triple;
  for (int i = 0; i < n && p; i++) {
    p = strchr(p, '-');
    if (p) p++;
  }
  *len = p ? strcspn(p, "-") : 0;
  return p ? p : "";
}

bool uk_triple_is_host(const char *triple, const char *host) {
  char *a = LLVMNormalizeTargetTriple(triple), *b = LLVMNormalizeTargetTriple(host);
  bool same = true;
  /* arch-vendor-os-environment: all but the vendor */
  for (int c = 0; c < 4 && same; c++) {
    if (c == 1) continue;
    size_t la, lb;
    const char *pa = component(a, c, &la), *pb = component(b, c, &lb);
    same = la == lb && !strncmp(pa, pb, la);
  }
  LLVMDisposeMessage(a);
  LLVMDisposeMessage(b);
  return same;
}

/* The features that decide ukernel tiles (and IREE's cpu_data), shown by
 * uk_write_host. */
static const struct {
  const char *arch;
  const char *features[16];
} key_features[] = {
    {"x86_64", {"avx", "avx2", "fma", "f16c", "avx512f", "avx512cd", "avx512vl", "avx512dq", "avx512bw",
                "avx512vnni", "avx512bf16", "avx512fp16", "amx-tile", "amx-bf16", NULL}},
    {"aarch64", {"neon", "dotprod", "i8mm", "bf16", "fullfp16", "fp16fml", "sve", "sve2", NULL}},
    {"riscv64", {"v", "zvfhmin", "zvfh", "zvfbfwma", NULL}},
};

void uk_write_host(const uk_context *ctx, FILE *out) {
  const uk_host_cpu *h = &ctx->host;
  char *arch = uk_triple_arch(h->triple);
  uk_buf have = {0}, missing = {0};
  for (size_t a = 0; a < sizeof key_features / sizeof *key_features; a++) {
    if (strcmp(key_features[a].arch, arch)) continue;
    for (const char *const *f = key_features[a].features; *f; f++) {
      uk_buf *b = uk_feature_state(h->features, *f) > 0 ? &have : &missing;
      if (b->len) uk_buf_put(b, " ", 1);
      uk_buf_put(b, *f, strlen(*f));
    }
  }
  uk_buf_u8(&have, 0);
  uk_buf_u8(&missing, 0);
  fprintf(out, "host: %s, CPU %s, features: %s (missing: %s)\n", h->triple, h->name,
          have.len > 1 ? (char *)have.data : "none of the ukernels' features",
          missing.len > 1 ? (char *)missing.data : "none");
  /* what --cpu native gives LLVM: "-x" for each feature the host lacks */
  fprintf(out, "host CPU %s features: %s\n", h->name, h->features);
  uk_buf_free(&have);
  uk_buf_free(&missing);
  free(arch);
}

