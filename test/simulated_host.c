/* uk-simulated-host: uklink as if on a host with another CPU, for the tests.
 *
 *   uk-simulated-host NAME FEATURES [--cpu C] [--features F] [--target T]
 *                     [--emit=asm|ll|obj] [--generate-all] [--print-host] -o OUT INPUT...
 *
 * NAME and FEATURES replace what LLVM's host detection found (the context's
 * host: a CPU name and the "+a,-b,..." list CPUID would give), so that a test
 * can show what --cpu native does on a machine it does not run on, such as a
 * Xeon that LLVM names emeraldrapids whose hypervisor hides AVX512-BF16. The
 * pipeline is the library's, as the uklink CLI runs it. */
#include "support/support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  if (argc < 3) {
    fputs("usage: uk-simulated-host NAME FEATURES [options] -o OUT INPUT...\n", stderr);
    return 2;
  }
  uk_options o;
  uk_options_init(&o);
  const char **inputs = calloc((size_t)argc, sizeof *inputs), **targets = calloc((size_t)argc, sizeof *targets);
  bool print_host = false;
  for (int i = 3; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--cpu") && i + 1 < argc) o.cpu = argv[++i];
    else if (!strcmp(a, "--features") && i + 1 < argc) o.features = argv[++i];
    else if (!strcmp(a, "--target") && i + 1 < argc) targets[o.num_targets++] = argv[++i];
    else if (!strcmp(a, "-o") && i + 1 < argc) o.output = argv[++i];
    else if (!strcmp(a, "--emit=asm")) o.emit = UK_EMIT_ASM;
    else if (!strcmp(a, "--emit=ll")) o.emit = UK_EMIT_LL;
    else if (!strcmp(a, "--emit=obj")) o.emit = UK_EMIT_OBJ;
    else if (!strcmp(a, "--generate-all")) o.generate_all = true;
    else if (!strcmp(a, "--print-host")) print_host = true;
    else if (a[0] == '-') return fprintf(stderr, "uk-simulated-host: unknown option %s\n", a), 2;
    else inputs[o.num_inputs++] = a;
  }
  o.inputs = inputs;
  o.targets = targets;
  uk_context *ctx = uk_context_create(&o);
  /* the simulated host: same triple, another CPU */
  free(ctx->host.name);
  free(ctx->host.features);
  ctx->host.name = uk_xstrdup(argv[1]);
  ctx->host.features = uk_xstrdup(argv[2]);
  bool ok = true;
  if (print_host) uk_write_host(ctx, stdout);
  else ok = uk_run(ctx);
  for (size_t i = 0; i < uk_diag_count(ctx); i++)
    fprintf(stderr, "uklink: %s: %s\n", uk_diag_is_warning(ctx, i) ? "warning" : "error", uk_diag_message(ctx, i));
  ok = ok && !uk_has_errors(ctx);
  uk_context_destroy(ctx);
  free(inputs);
  free(targets);
  return ok ? 0 : 1;
}
