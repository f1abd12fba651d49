#ifndef CWEIGHTKERNELS_H
#define CWEIGHTKERNELS_H

#include <stdint.h>

// The two inner loops of scoring with the tagger's and the parser's weight tables (`WeightTable.addScores`) that
// Swift cannot write as well: a cache prefetch (`_mm_prefetch` is a macro, out of Swift's reach) and the sum of the
// dense rows with the best vector instructions the processor has, chosen when the program runs, so that the binary
// still runs on every x86-64 processor.

/// Asks the processor to bring the cache line at `address` into its caches, without waiting for it: the look-ups are
/// memory-bound, and a prefetch, unlike a load, retires at once, so the work that follows is not held up behind the
/// miss.
static inline __attribute__((always_inline)) void cweights_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

/// Adds `count` dense rows of 16-bit weights to the 32-bit `sums` of `stride` classes (a multiple of 16): row r starts
/// at `base + offsets[r]`. The sums stay in vector registers while the rows go by, sixteen classes at a time, with
/// AVX2 where the processor has it (checked once) and SSE2 otherwise (plain loops on other architectures); the sums are
/// the same integers either way.
void cweights_add_rows(const int16_t *base, const int64_t *offsets, long count, long stride, int32_t *sums);

/// The version for every processor of the architecture (SSE2 on x86-64, plain loops elsewhere), for tests.
void cweights_add_rows_baseline(const int16_t *base, const int64_t *offsets, long count, long stride, int32_t *sums);

#if defined(__x86_64__) || defined(__i386__)
/// The AVX2 version, which `cweights_add_rows` calls where the processor has AVX2 (only there may it run).
void cweights_add_rows_avx2(const int16_t *base, const int64_t *offsets, long count, long stride, int32_t *sums);
#endif

#endif
