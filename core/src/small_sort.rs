//! A stable sort for short lists (a person's milestones, holidays of a year, a few sick
//! periods or contracts, the glossary's search hits).
//!
//! The standard library's stable sort is fast on long lists, but every element type and
//! key it is used with adds its own copy of about 3.5 KB to the WebAssembly. This insertion
//! sort is a few hundred bytes per use and, for lists of tens of items, just as quick.
//! Long lists (the employer batch's table of 10,000 rows) keep the standard sort.
//! See docs/performance.md.

/// Sort `items` so that no item is `less` than one before it. Stable: an item moves before
/// another only when it is strictly less. Quadratic in the worst case, so only for short
/// lists.
pub fn sort_by<T>(items: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && less(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sort `items` by `key`, smallest first; stable, like [`sort_by`].
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a) < key(b));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Deterministic pseudo-random numbers (a linear congruential generator).
    fn numbers(seed: u64, n: usize, range: u64) -> Vec<u64> {
        let mut x = seed;
        (0..n)
            .map(|_| {
                x = x
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                (x >> 33) % range
            })
            .collect()
    }

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        for (seed, n, range) in [
            (1, 0, 5),
            (2, 1, 5),
            (3, 2, 2),
            (4, 37, 5),
            (5, 200, 1000),
            (6, 64, 1),
        ] {
            // (key, original position): stability shows in the positions of equal keys.
            let items: Vec<(u64, usize)> = numbers(seed, n, range).into_iter().zip(0..).collect();
            let mut ours = items.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            let mut std = items;
            std.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std, "seed {seed}, {n} items");
        }
    }

    #[test]
    fn sorts_by_a_reversed_key() {
        let mut v = vec![3, 1, 2];
        sort_by_key(&mut v, |&x| std::cmp::Reverse(x));
        assert_eq!(v, vec![3, 2, 1]);
    }

    #[test]
    fn sorts_by_comparison() {
        let mut v = vec![(2, "b"), (1, "z"), (2, "a"), (1, "a")];
        sort_by(&mut v, |a, b| a < b);
        assert_eq!(v, vec![(1, "a"), (1, "z"), (2, "a"), (2, "b")]);
    }
}
