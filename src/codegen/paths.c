/* Where each output goes: one file, a directory of one file per target, or
 * with --out-dir one shared object per input (per target subdirectories with
 * several targets). */
#include "codegen/codegen.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char *emit_extension(uk_emit_kind k) {
  switch (k) {
  case UK_EMIT_SHARED: return "so";
  case UK_EMIT_OBJ: return "o";
  case UK_EMIT_BC: return "bc";
  case UK_EMIT_LL: return "ll";
  case UK_EMIT_ASM: return "s";
  }
  return "out";
}

static bool is_directory(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Output paths: one file, or with several targets a directory holding
 * <triple>.<ext> per target. */
static bool combined_paths(uk_context *ctx, const uk_inputs *in, uk_outputs *outs) {
  const char *o = ctx->opts.output;
  const char *ext = emit_extension(ctx->opts.emit);
  size_t olen = o ? strlen(o) : 0;
  bool as_dir = o && (is_directory(o) || (olen && o[olen - 1] == '/'));
  if (in->num_targets > 1 && o && !as_dir) {
    /* name an input of each of the first two targets */
    const uk_module *a = NULL, *b = NULL;
    for (uint32_t i = 0; i < in->targets[0].num_modules && !a; i++)
      if (*in->modules[in->targets[0].modules[i]].triple) a = &in->modules[in->targets[0].modules[i]];
    for (uint32_t i = 0; i < in->targets[1].num_modules && !b; i++)
      if (*in->modules[in->targets[1].modules[i]].triple) b = &in->modules[in->targets[1].modules[i]];
    uk_error(ctx, o, NULL,
             "inputs have several target triples (%s: %s; %s: %s): -o must name a directory",
             a ? a->path : "(no triple)", in->targets[0].triple, b ? b->path : "(no triple)",
             in->targets[1].triple);
    return false;
  }
  outs->num_items = in->num_targets;
  outs->items = uk_xcalloc(in->num_targets, sizeof *outs->items);
  for (uint32_t k = 0; k < in->num_targets; k++) {
    if (in->num_targets > 1 || as_dir) {
      const char *dir = o ? o : ".";
      size_t dl = strlen(dir);
      outs->items[k].path = uk_format("%s%s%s.%s", dir, dl && dir[dl - 1] == '/' ? "" : "/",
                                      in->targets[k].triple, ext);
    } else {
      outs->items[k].path = uk_xstrdup(o ? o : "a.out");
    }
  }
  return true;
}

/* The input's path below the inputs' common directory, without .ll/.bc:
 * inputs from several directories keep their layout. Paths are made
 * absolute and their ".." resolved first, so that a name never leads out of
 * the output directory (in/x/../../v.ll is v.ll, named from the directory
 * holding it). */
static char *output_name(const char *path, size_t common) {
  char *name = uk_xstrdup(path + common);
  size_t n = strlen(name);
  if (n > 3 && (!strcmp(name + n - 3, ".ll") || !strcmp(name + n - 3, ".bc"))) name[n - 3] = 0;
  return name;
}

/* The length of the longest directory prefix ("/a/b/") all paths share. */
static size_t common_directory(char *const *paths, uint32_t num) {
  if (!num) return 0;
  const char *first = paths[0];
  size_t n = strlen(first);
  for (uint32_t i = 1; i < num; i++) {
    const char *p = paths[i];
    size_t k = 0;
    while (k < n && p[k] == first[k]) k++;
    n = k;
  }
  while (n && first[n - 1] != '/') n--;
  return n;
}

/* The directory part of path, made as mkdir -p would. */
static bool make_parents(uk_context *ctx, uk_outputs *outs, const char *path) {
  char *dir = uk_xstrdup(path);
  *strrchr(dir, '/') = 0;
  bool ok = uk_make_dirs(ctx, outs, dir);
  free(dir);
  return ok;
}

static bool per_input_paths(uk_context *ctx, const uk_inputs *in, uk_outputs *outs) {
  if (ctx->opts.emit != UK_EMIT_SHARED) {
    uk_error(ctx, NULL, NULL, "--out-dir writes shared objects: it cannot be used with --emit other than shared");
    return false;
  }
  const char *dir = ctx->opts.out_dir;
  uint32_t total = 0;
  for (uint32_t k = 0; k < in->num_targets; k++) total += in->targets[k].num_modules;
  outs->items = uk_xcalloc(total, sizeof *outs->items);
  outs->num_items = total;
  if (!uk_make_dirs(ctx, outs, dir)) return false;
  char **norm = uk_xcalloc(in->num_modules, sizeof *norm);
  for (uint32_t i = 0; i < in->num_modules; i++) norm[i] = uk_normalize_path(in->modules[i].path);
  uint32_t n = 0;
  bool ok = true;
  size_t common = common_directory(norm, in->num_modules);
  for (uint32_t k = 0; k < in->num_targets && ok; k++) {
    const uk_target *t = &in->targets[k];
    char *sub = in->num_targets > 1 ? uk_format("%s/%s", dir, t->triple) : uk_xstrdup(dir);
    uint32_t first = n;
    for (uint32_t i = 0; i < t->num_modules && ok; i++) {
      const uk_module *m = &in->modules[t->modules[i]];
      char *name = output_name(norm[t->modules[i]], common);
      outs->items[n].path = uk_format("%s/%s.so", sub, name);
      free(name);
      ok = ok && make_parents(ctx, outs, outs->items[n].path);
      for (uint32_t j = first; j < n; j++)
        if (!strcmp(outs->items[j].path, outs->items[n].path)) {
          uk_error(ctx, m->path, NULL, "another input also writes %s", outs->items[n].path);
          ok = false;
        }
      n++;
    }
    free(sub);
  }
  for (uint32_t i = 0; i < in->num_modules; i++) free(norm[i]);
  free(norm);
  return ok;
}

bool uk_output_paths(uk_context *ctx, const uk_inputs *in, uk_outputs *outs) {
  return ctx->opts.out_dir ? per_input_paths(ctx, in, outs) : combined_paths(ctx, in, outs);
}
