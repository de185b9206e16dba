/* lld, in-process, for the shared objects uklink writes, and for the one
 * object --out-dir's kernel parts become. */
#include "codegen/codegen.h"

#include <stdlib.h>
#include <string.h>

/* The symbol an lld error line is about ("... symbol 'v'", "undefined
 * symbol: v"), malloc'd, or NULL. */
static char *lld_symbol(const char *what) {
  const char *p = strstr(what, "symbol '");
  if (p) {
    p += 8;
    const char *e = strrchr(p, '\'');
    return e && e > p ? uk_xstrndup(p, (size_t)(e - p)) : NULL;
  }
  p = strstr(what, "symbol: ");
  return p && p[8] ? uk_xstrdup(p + 8) : NULL;
}

bool uk_lld_shared(uk_context *ctx, const char *triple, const char *out_path, const char *const *inputs,
                   uint32_t num_inputs, const char *const *extra, uint32_t num_extra, const char *name_for_errors,
                   const uk_inputs *in, const uk_target *t) {
  uint32_t argc = 0;
  const char **argv = uk_xcalloc(12 + num_inputs + num_extra, sizeof *argv);
  argv[argc++] = "ld.lld";
  argv[argc++] = "-shared";
  if (uk_triple_is_freestanding(triple)) {
    /* What a loader without a libc can take (IREE's embedded ELF loader):
     * no imports at all, so an undefined symbol is an error here and not at
     * load time; every relocation resolved at load; the symbol count from
     * the SysV hash table (that loader reads no .gnu.hash); and no build id,
     * so the bytes depend on the code alone. */
    argv[argc++] = "-nostdlib";
    argv[argc++] = "--no-undefined";
    argv[argc++] = "-z";
    argv[argc++] = "now";
    argv[argc++] = "--hash-style=sysv";
    argv[argc++] = "--build-id=none";
  } else {
    argv[argc++] = "--hash-style=gnu";
  }
  argv[argc++] = "-o";
  argv[argc++] = out_path;
  for (uint32_t i = 0; i < num_inputs; i++) argv[argc++] = inputs[i];
  for (uint32_t i = 0; i < num_extra; i++) argv[argc++] = extra[i];
  char *errors = NULL;
  int rc = uk_lld_elf((int)argc, argv, &errors);
  if (rc != 0) {
    char *line = uk_first_line(errors && *errors ? errors : "failed");
    static const char prefix[] = "ld.lld: error: ";
    const char *what = strncmp(line, prefix, sizeof prefix - 1) ? line : line + sizeof prefix - 1;
    const char *hint = uk_triple_is_freestanding(triple) && strstr(what, "undefined symbol")
                           ? " (a target with no operating system has no libc to define it)"
                           : "";
    /* A combined output names the input that defines (or uses) the symbol
     * the error is about, the output only where none does. */
    char *sym = in ? lld_symbol(what) : NULL;
    const char *culprit = sym ? uk_input_with_symbol(in, t, sym) : NULL;
    if (culprit)
      uk_error(ctx, culprit, sym, "lld, building %s: %s%s", name_for_errors, what, hint);
    else
      uk_error(ctx, name_for_errors, NULL, "lld: %s%s", what, hint);
    free(sym);
    free(line);
  }
  free(errors);
  free(argv);
  return rc == 0;
}


bool uk_lld_relocatable(uk_context *ctx, const char *out_path, const char *const *inputs, uint32_t num_inputs,
                        const char *name_for_errors) {
  uint32_t argc = 0;
  const char **argv = uk_xcalloc(4 + num_inputs, sizeof *argv);
  argv[argc++] = "ld.lld";
  argv[argc++] = "-r";
  argv[argc++] = "-o";
  argv[argc++] = out_path;
  for (uint32_t i = 0; i < num_inputs; i++) argv[argc++] = inputs[i];
  char *errors = NULL;
  int rc = uk_lld_elf((int)argc, argv, &errors);
  if (rc != 0) {
    char *line = uk_first_line(errors && *errors ? errors : "failed");
    uk_error(ctx, name_for_errors, NULL, "lld -r: %s", line);
    free(line);
  }
  free(errors);
  free(argv);
  return rc == 0;
}
