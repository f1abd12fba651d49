#ifndef CPREFETCH_H
#define CPREFETCH_H

/// Asks the processor to bring the cache line at `address` into its caches, without waiting for it: the weight tables'
/// look-ups are memory-bound, and a prefetch, unlike a load, retires at once, so the work that follows is not held
/// up behind the miss. Swift cannot reach the compiler builtin (`_mm_prefetch` is a macro), hence this header.
static inline __attribute__((always_inline)) void cprefetch_read(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
