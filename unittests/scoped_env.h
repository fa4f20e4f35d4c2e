// scoped_env.h: sets an environment variable for a test's scope, and unsets it after.
#ifndef MEDI_UNITTESTS_SCOPED_ENV_H
#define MEDI_UNITTESTS_SCOPED_ENV_H

#include <cstdlib>

namespace medi::test {

struct ScopedEnv {
  const char *name;
  ScopedEnv(const char *variable, const char *value) : name(variable) {
    ::setenv(variable, value, 1);
  }
  ~ScopedEnv() { ::unsetenv(name); }
  ScopedEnv(const ScopedEnv &) = delete;
  ScopedEnv &operator=(const ScopedEnv &) = delete;
};

} // namespace medi::test

#endif // MEDI_UNITTESTS_SCOPED_ENV_H
