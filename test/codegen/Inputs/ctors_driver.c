/* Loads each library given, then unloads them in reverse order: what their
 * constructors and destructors report appears between the lines. Built with
 * -rdynamic: the libraries' note() and ctor_flag are the program's. */
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

volatile int ctor_flag;

void note(int what) {
  printf("note %d\n", what);
  fflush(stdout);
}

int main(int argc, char **argv) {
  printf("main (flag %d)\n", ctor_flag);
  void *h[16];
  int n = argc - 1 < 16 ? argc - 1 : 16;
  for (int i = 0; i < n; i++) {
    const char *base = strrchr(argv[1 + i], '/');
    printf("dlopen %s\n", base ? base + 1 : argv[1 + i]);
    fflush(stdout);
    h[i] = dlopen(argv[1 + i], RTLD_NOW | RTLD_LOCAL);
    if (!h[i]) {
      printf("dlopen failed: %s\n", dlerror());
      return 1;
    }
  }
  for (int i = n - 1; i >= 0; i--) {
    printf("dlclose %d\n", i);
    fflush(stdout);
    dlclose(h[i]);
  }
  printf("exit (flag %d)\n", ctor_flag);
  fflush(stdout);
  return 0;
}
