/* Outputs are written atomically: codegen writes every output into a
 * temporary directory beside its final path, and only when all are complete
 * are they renamed into place. A failed run leaves no output file behind. */
#include "internal.h"

#include <dirent.h>
#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

bool uk_make_tmp_dir(uk_context *ctx, uk_outputs *outs) {
  char *copy = uk_xstrdup(outs->items[0].path);
  char *dir = uk_xstrdup(dirname(copy));
  free(copy);
  struct stat st;
  if (stat(dir, &st) != 0 && outs->num_items > 1) {
    if (mkdir(dir, 0777) != 0) {
      uk_error(ctx, dir, NULL, "cannot create output directory: %s", strerror(errno));
      free(dir);
      return false;
    }
    outs->created_dir = uk_xstrdup(dir);
  }
  char *tmpl = uk_format("%s/.uklink-XXXXXX", dir);
  if (!mkdtemp(tmpl)) {
    uk_error(ctx, outs->items[0].path, NULL, "cannot write output: %s", strerror(errno));
    free(tmpl);
    free(dir);
    return false;
  }
  free(dir);
  outs->tmp_dir = tmpl;
  return true;
}

void uk_remove_tree(const char *dir) {
  DIR *d = opendir(dir);
  if (d) {
    struct dirent *e;
    while ((e = readdir(d))) {
      if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
      char *p = uk_format("%s/%s", dir, e->d_name);
      unlink(p);
      free(p);
    }
    closedir(d);
  }
  rmdir(dir);
}

bool uk_write(uk_context *ctx, const uk_outputs *outs) {
  if (!outs) return false;
  double t0 = uk_now();
  bool ok = uk_write_outputs(ctx, outs);
  ctx->stage_seconds[UK_STAGE_WRITE] += uk_now() - t0;
  uk_trace(ctx, "write", t0, uk_now(), 0);
  ctx->total_seconds = uk_now() - ctx->created_at;
  return ok;
}

/* "-o -": the output goes to standard output, as LLVM's tools do. */
static bool copy_to_stdout(uk_context *ctx, const char *tmp_path) {
  uk_buf b = {0};
  if (!uk_read_file(ctx, tmp_path, &b)) return false;
  bool ok = fwrite(b.data, 1, b.len, stdout) == b.len && fflush(stdout) == 0;
  if (!ok) uk_error(ctx, "-", NULL, "cannot write output: %s", strerror(errno));
  uk_buf_free(&b);
  return ok;
}

bool uk_write_outputs(uk_context *ctx, const uk_outputs *outs) {
  /* codegen left every output complete in the temporary directory */
  for (uint32_t i = 0; i < outs->num_items; i++) {
    if (!strcmp(outs->items[i].path, "-")) {
      if (!copy_to_stdout(ctx, outs->items[i].tmp_path)) return false;
      continue;
    }
    if (rename(outs->items[i].tmp_path, outs->items[i].path) != 0) {
      uk_error(ctx, outs->items[i].path, NULL, "cannot write output: %s", strerror(errno));
      return false;
    }
  }
  return true;
}
