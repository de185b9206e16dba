/* LLVM's comma-separated feature lists ("+avx2,-avx512f,..."): one walk over
 * their entries, and the set of features a list leaves enabled.
 *
 * LLVM reads such a list left to right, so a later "-x" undoes an earlier
 * "+x" (and the other way round): every question asked of a list here is
 * answered as LLVM would, by its last entry for a name. Plain C: the CPU
 * code, linking and the ukernel ABI all read these lists. */
#include "support/support.h"

#include <stdlib.h>
#include <string.h>

bool uk_next_feature(const char **p, uk_feature *f) {
  while (*p && **p) {
    const char *entry = *p;
    size_t len = strcspn(entry, ",");
    *p += len + (entry[len] == ',');
    if (!len) continue; /* ",," */
    bool signed_entry = entry[0] == '+' || entry[0] == '-';
    *f = (uk_feature){signed_entry ? entry[0] : 0, entry + signed_entry, len - signed_entry};
    return true;
  }
  return false;
}

int uk_feature_state(const char *list, const char *name) {
  size_t n = strlen(name);
  int state = 0;
  uk_feature f;
  for (const char *p = list; uk_next_feature(&p, &f);)
    if (f.sign && f.len == n && !strncmp(f.name, name, n)) state = f.sign == '+' ? 1 : -1;
  return state;
}

bool uk_feature_set_has(const uk_feature_set *s, const char *name, size_t len) {
  for (uint32_t i = 0; i < s->n; i++)
    if (strlen(s->names[i]) == len && strncmp(s->names[i], name, len) == 0) return true;
  return false;
}

void uk_feature_set_add(uk_feature_set *s, const char *name, size_t len) {
  if (uk_feature_set_has(s, name, len)) return;
  s->names = uk_xrealloc(s->names, (s->n + 1) * sizeof *s->names);
  s->names[s->n++] = uk_xstrndup(name, len);
}

static void remove_feature(uk_feature_set *s, const char *name, size_t len) {
  for (uint32_t i = 0; i < s->n; i++)
    if (strlen(s->names[i]) == len && strncmp(s->names[i], name, len) == 0) {
      free(s->names[i]);
      s->names[i] = s->names[--s->n];
      return;
    }
}

void uk_feature_set_apply(uk_feature_set *s, const char *list) {
  uk_feature f;
  for (const char *p = list; uk_next_feature(&p, &f);) {
    if (f.sign == '+' && f.len) uk_feature_set_add(s, f.name, f.len);
    if (f.sign == '-' && f.len) remove_feature(s, f.name, f.len);
  }
}

void uk_feature_set_free(uk_feature_set *s) {
  for (uint32_t i = 0; i < s->n; i++) free(s->names[i]);
  free(s->names);
  *s = (uk_feature_set){0};
}

bool uk_features_within(const char *list, const uk_feature_set *target, const uk_feature_set *caller,
                        uint32_t *count) {
  *count = 0;
  uk_feature f;
  for (const char *p = list; uk_next_feature(&p, &f);) {
    if (f.sign != '+' || !f.len) continue;
    if (!uk_feature_set_has(target, f.name, f.len) || (caller && !uk_feature_set_has(caller, f.name, f.len)))
      return false;
    ++*count;
  }
  return true;
}
