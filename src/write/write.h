/* write: outputs, built in a temporary directory beside them, put in place
 * all at once, or none. */
#ifndef UKLINK_WRITE_H
#define UKLINK_WRITE_H

#include "support/support.h"

typedef struct uk_output {
  char *path;        /* final path */
  char *tmp_path;    /* the complete output, in the temporary directory */
} uk_output;

struct uk_outputs {
  uk_output *items;
  uint32_t num_items;
  char *tmp_dir;
  /* The directories uklink made for the outputs, in the order made; removed
   * again (if empty) unless the outputs were committed. */
  char **created_dirs;
  uint32_t num_created_dirs;
  bool committed;
  uk_context *ctx;     /* whose live_outputs this is, once the tmp dir exists */
};

/* ---- write/write.c ------------------------------------------------ */
/* A temporary directory beside outs' first output (making the directory the
 * outputs go to if needed). */
bool uk_make_tmp_dir(uk_context *ctx, uk_outputs *outs);
/* mkdir -p dir; each directory made is recorded in outs, to be removed if the
 * run fails. */
bool uk_make_dirs(uk_context *ctx, uk_outputs *outs, const char *dir);
/* path made absolute, with "." and ".." resolved as text (malloc'd). */
char *uk_normalize_path(const char *path);

#endif
