// `-> impl Iterator<Item = T>`: the `Item` binding is accepted and the caller gets the concrete
// iterator the body builds (adapters over ranges, slices, strings, or the program's own iterator).
struct Countdown(u32);

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            None
        } else {
            self.0 -= 1;
            Some(self.0 + 1)
        }
    }
}

struct Text {
    body: String,
}

impl Text {
    fn long_words(&self, min: usize) -> impl Iterator<Item = &str> + '_ {
        self.body.split_whitespace().filter(move |w| w.len() >= min)
    }
}

fn evens(limit: u32) -> impl Iterator<Item = u32> {
    (0..limit).filter(|x| x % 2 == 0)
}

fn squares<'a>(v: &'a [i32]) -> impl Iterator<Item = i32> + 'a {
    v.iter().map(|x| x * x)
}

fn countdown(n: u32) -> impl Iterator<Item = u32> {
    Countdown(n)
}

fn main() {
    println!("{:?}", evens(9).collect::<Vec<_>>());
    println!("{}", squares(&[1, 2, 3]).sum::<i32>());
    let t = Text { body: String::from("a quick brown fox jumps") };
    for w in t.long_words(5) {
        print!("{} ", w);
    }
    println!();
    println!("{:?}", countdown(4).zip(evens(100)).collect::<Vec<_>>());
    println!("{}", countdown(5).map(|x| x * 10).max().unwrap());
}
