// Bounds on std's traits that rustle has no definition of (markers, Send, Sync, 'static) are kept as
// bounds the program may name; only a name that is no trait at all is an error (E0405).
use std::collections::HashMap;
use std::fmt::Debug;
use std::hash::Hash;

fn keep<T: Send + Sync + 'static + Debug>(x: T) -> T {
    println!("keeping {:?}", x);
    x
}

fn count<K: Hash + Eq + Clone + Debug>(items: &[K]) -> usize {
    let mut m: HashMap<K, usize> = HashMap::new();
    for k in items {
        *m.entry(k.clone()).or_insert(0) += 1;
    }
    m.len()
}

fn twice<T>(x: T) -> (T, T)
where
    T: Copy + Unpin + Sized,
{
    (x, x)
}

fn main() {
    println!("{}", keep(5u8));
    println!("{}", count(&["a", "b", "a"]));
    println!("{:?}", twice(2.5));
}
