// Iterator parameters whose item is itself generic, nested generic calls, methods and impls with them,
// and a returned `impl Iterator` built from one.
fn total<I: Iterator<Item = u32>>(it: I) -> u32 {
    it.sum()
}

fn plus_one<I: Iterator<Item = u32>>(it: I) -> u32 {
    total(it.map(|x| x + 1))
}

fn collect_all<T, I: Iterator<Item = T>>(it: I) -> Vec<T> {
    it.collect()
}

fn evens<I: Iterator<Item = u32>>(it: I) -> impl Iterator<Item = u32> {
    it.filter(|x| x % 2 == 0)
}

fn lengths(it: impl Iterator<Item = String>) -> usize {
    let mut n = 0;
    for s in it {
        n += s.len();
    }
    n
}

struct Acc {
    total: u64,
}

impl Acc {
    fn add_all<I: Iterator<Item = u64>>(&mut self, it: I) {
        for x in it {
            self.total += x;
        }
    }
}

struct Wrap<I> {
    inner: I,
}

impl<I: Iterator<Item = u32>> Wrap<I> {
    fn total(self) -> u32 {
        self.inner.sum()
    }
}

fn main() {
    println!("{}", plus_one(1..4));
    println!("{:?}", collect_all("ab".chars()));
    println!("{:?}", collect_all(vec![String::from("x"), String::from("y")].into_iter()));
    println!("{}", total(evens(1..10)));
    println!("{}", lengths(["ab", "cde"].iter().map(|s| s.to_string())));
    let mut a = Acc { total: 0 };
    a.add_all(1..=4u64);
    println!("{}", a.total);
    let w = Wrap { inner: vec![5u32, 6].into_iter() };
    println!("{}", w.total());
}
