/* uk-stage-contract: the stages' contract, checked on real inputs.
 *
 *   uk-stage-contract [--out-dir DIR] [--no-isolate] INPUT...
 *
 * Each stage reads the results it is given and leaves them as they were, so
 * that a stage run twice on the same results gives the same result: the
 * linked modules print the same before generate, after generate and after
 * optimize; optimize run twice gives the same units, byte for byte; codegen
 * run twice from one optimized result gives the same outputs (and leaves the
 * units as they were). Without isolation optimize takes the linked modules
 * over and codegen compiles them, as uklink.h says: a second optimize or
 * codegen on them is an error, not a crash. Prints one
 * line per property checked; exit status 1 at the first that fails. */
#include "codegen/codegen.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

static void check(bool ok, const char *what) {
  printf("%s: %s\n", ok ? "ok" : "FAILED", what);
  if (!ok) failures++;
}

/* Every module of linked, printed, one after another. */
static char *print_linked(const uk_linked *l) {
  uk_buf b = {0};
  for (uint32_t k = 0; k < l->num_targets; k++) {
    const uk_linked_target *lt = &l->targets[k];
    for (uint32_t i = 0; i <= lt->num_shells; i++) {
      LLVMModuleRef m = i == 0 ? lt->module : lt->shells[i - 1].module;
      char *text = m ? LLVMPrintModuleToString(m) : NULL;
      if (text) uk_buf_put(&b, text, strlen(text));
      LLVMDisposeMessage(text);
    }
  }
  uk_buf_u8(&b, 0);
  return (char *)b.data;
}

static bool same_units(const uk_optimized *a, const uk_optimized *b) {
  if (a->num_targets != b->num_targets) return false;
  for (uint32_t k = 0; k < a->num_targets; k++) {
    if (a->targets[k].num_units != b->targets[k].num_units) return false;
    for (uint32_t u = 0; u < a->targets[k].num_units; u++) {
      const uk_buf *x = &a->targets[k].units[u].bytes, *y = &b->targets[k].units[u].bytes;
      if (x->len != y->len || (x->len && memcmp(x->data, y->data, x->len))) return false;
    }
  }
  return true;
}

static uk_optimized *copy_units(const uk_optimized *o) {
  uk_optimized *c = uk_xcalloc(1, sizeof *c);
  c->num_targets = o->num_targets;
  c->targets = uk_xcalloc(o->num_targets, sizeof *c->targets);
  for (uint32_t k = 0; k < o->num_targets; k++) {
    c->targets[k].num_units = o->targets[k].num_units;
    c->targets[k].units = uk_xcalloc(o->targets[k].num_units, sizeof *c->targets[k].units);
    for (uint32_t u = 0; u < o->targets[k].num_units; u++)
      uk_buf_put(&c->targets[k].units[u].bytes, o->targets[k].units[u].bytes.data, o->targets[k].units[u].bytes.len);
  }
  return c;
}

/* The bytes of every output codegen left in its temporary directory. */
static char *read_outputs(uk_context *ctx, const uk_outputs *o) {
  uk_buf all = {0};
  for (uint32_t i = 0; i < o->num_items; i++) {
    uk_buf b = {0};
    if (!o->items[i].tmp_path || !uk_read_file(ctx, o->items[i].tmp_path, &b)) return NULL;
    uk_buf_uv(&all, b.len);
    uk_buf_put(&all, b.data, b.len);
    uk_buf_free(&b);
  }
  uk_buf_u8(&all, 0);
  return (char *)all.data;
}

int main(int argc, char **argv) {
  uk_options o;
  uk_options_init(&o);
  const char **inputs = calloc((size_t)argc, sizeof *inputs);
  size_t n = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--out-dir") && i + 1 < argc) o.out_dir = argv[++i];
    else if (!strcmp(argv[i], "--no-isolate")) o.isolate = false;
    else inputs[n++] = argv[i];
  }
  o.inputs = inputs;
  o.num_inputs = n;
  o.output = "stage-contract.out";
  uk_context *ctx = uk_context_create(&o);
  uk_inputs *in = uk_collect(ctx);
  uk_plan *plan = uk_dedupe(ctx, in);
  uk_linked *linked = uk_link(ctx, in, plan);
  if (!linked) {
    for (size_t i = 0; i < uk_diag_count(ctx); i++) fprintf(stderr, "%s\n", uk_diag_message(ctx, i));
    return 1;
  }
  char *before = print_linked(linked);
  uk_tiles *tiles = uk_generate(ctx, in, linked);
  char *after_generate = print_linked(linked);
  check(tiles && !strcmp(before, after_generate), "generate leaves the linked modules as they were");
  uk_optimized *opt = uk_optimize(ctx, in, linked, tiles);
  check(opt != NULL, "optimize succeeds");
  if (o.isolate) {
    char *after_optimize = print_linked(linked);
    check(!strcmp(before, after_optimize), "optimize leaves the linked modules as they were");
    uk_optimized *again = uk_optimize(ctx, in, linked, tiles);
    check(again && same_units(opt, again), "optimize run twice gives the same units, byte for byte");
    uk_optimized *kept = copy_units(opt);
    uk_outputs *first = uk_codegen(ctx, in, opt);
    char *first_bytes = first ? read_outputs(ctx, first) : NULL;
    uk_outputs_free(first);
    check(same_units(opt, kept), "codegen leaves the units as they were");
    uk_outputs *second = uk_codegen(ctx, in, opt);
    char *second_bytes = second ? read_outputs(ctx, second) : NULL;
    uk_outputs_free(second);
    check(first_bytes && second_bytes && !strcmp(first_bytes, second_bytes),
          "codegen run twice from one optimized result gives the same outputs");
    free(after_optimize);
    free(first_bytes);
    free(second_bytes);
    uk_optimized_free(again);
    uk_optimized_free(kept);
  } else {
    bool taken = true;
    for (uint32_t k = 0; k < linked->num_targets; k++) {
      taken &= linked->targets[k].module == NULL;
      for (uint32_t i = 0; i < linked->targets[k].num_shells; i++) taken &= linked->targets[k].shells[i].module == NULL;
    }
    check(taken, "in-process, optimize takes the linked modules over");
    uk_outputs *outs = uk_codegen(ctx, in, opt);
    check(outs != NULL, "codegen compiles the modules optimize took");
    uk_outputs_free(outs);
    size_t diags0 = uk_diag_count(ctx);
    uk_optimized *again = uk_optimize(ctx, in, linked, tiles);
    check(!again && uk_diag_count(ctx) == diags0 + 1 && strstr(uk_diag_message(ctx, diags0), "taken over"),
          "optimize again on modules taken over: one error, no crash");
    outs = uk_codegen(ctx, in, opt);
    check(!outs && uk_diag_count(ctx) > diags0 + 1 && strstr(uk_diag_message(ctx, diags0 + 1), "compiled already"),
          "codegen again on modules compiled in-process: an error, no crash");
    uk_outputs_free(outs);
  }
  free(before);
  free(after_generate);
  uk_optimized_free(opt);
  uk_tiles_free(tiles);
  uk_linked_free(linked);
  uk_plan_free(plan);
  uk_inputs_free(in);
  uk_context_destroy(ctx);
  free(inputs);
  return failures ? 1 : 0;
}
