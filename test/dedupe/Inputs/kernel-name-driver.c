/* kernel-name-taken.test: f and g compute 11 x; the function the input
 * itself named like their kernel (argv[2]) returns 42. */
#include <dlfcn.h>
#include <stdio.h>

int main(int argc, char **argv) {
  void *h = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (!h || argc < 3) {
    printf("cannot load: %s\n", h ? "no name" : dlerror());
    return 1;
  }
  int (*f)(int) = (int (*)(int))dlsym(h, "f");
  int (*g)(int) = (int (*)(int))dlsym(h, "g");
  int (*k)(int) = (int (*)(int))dlsym(h, argv[2]);
  if (!f || !g || !k) {
    printf("missing symbols\n");
    return 1;
  }
  printf("f %d g %d %s %d\n", f(2), g(2), argv[2], k(2));
  return !(f(2) == 22 && g(2) == 22 && k(2) == 42);
}
