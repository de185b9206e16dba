/* dlsym_driver LIB NAME...: calls each NAME(10) from LIB and prints
 * "NAME = result", or "NAME missing". \t and \n in a NAME stand for a tab
 * and a newline. */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *unescape(const char *s) {
  char *out = malloc(strlen(s) + 1), *o = out;
  for (; *s; s++) {
    if (s[0] == '\\' && (s[1] == 't' || s[1] == 'n')) {
      *o++ = s[1] == 't' ? '\t' : '\n';
      s++;
    } else {
      *o++ = *s;
    }
  }
  *o = 0;
  return out;
}

int main(int argc, char **argv) {
  void *h = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    printf("dlopen failed: %s\n", dlerror());
    return 1;
  }
  for (int i = 2; i < argc; i++) {
    char *name = unescape(argv[i]);
    int (*f)(int) = (int (*)(int))dlsym(h, name);
    if (f) printf("%s = %d\n", argv[i], f(10));
    else printf("%s missing\n", argv[i]);
    free(name);
  }
  dlclose(h);
  return 0;
}
