struct Fib {
    a: u64,
    b: u64,
}

impl Iterator for Fib {
    type Item = u64;
    fn next(&mut self) -> Option<u64> {
        let r = self.a;
        self.a = self.b;
        self.b += r;
        Some(r)
    }
}

struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<Self::Item> {
        let rest = &self.text[self.pos..];
        let rest_trim = rest.trim_start();
        if rest_trim.is_empty() {
            return None;
        }
        let start = self.pos + (rest.len() - rest_trim.len());
        let end = match rest_trim.find(' ') {
            Some(i) => start + i,
            None => self.text.len(),
        };
        self.pos = end;
        Some(&self.text[start..end])
    }
}

struct Repeat<T: Clone> {
    value: T,
    left: usize,
}

impl<T: Clone> Iterator for Repeat<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        if self.left == 0 {
            None
        } else {
            self.left -= 1;
            Some(self.value.clone())
        }
    }
}

struct Noisy(String);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Maker {
    n: u32,
}
impl Iterator for Maker {
    type Item = Noisy;
    fn next(&mut self) -> Option<Noisy> {
        if self.n >= 3 {
            return None;
        }
        self.n += 1;
        Some(Noisy(format!("n{}", self.n)))
    }
}

fn main() {
    let v: Vec<u64> = Fib { a: 0, b: 1 }.take(10).collect();
    println!("{:?}", v);
    let big = Fib { a: 0, b: 1 }.skip_while(|x| *x < 1000).next();
    println!("{:?}", big);
    let even_sum: u64 = Fib { a: 0, b: 1 }.take_while(|&x| x < 4_000_000).filter(|x| x % 2 == 0).sum();
    println!("{}", even_sum);
    let text = String::from("  the quick  brown fox ");
    let w = Words { text: &text, pos: 0 };
    for (i, word) in w.enumerate() {
        println!("{}: {}", i, word);
    }
    let longest = Words { text: &text, pos: 0 }.max_by_key(|w| w.len());
    println!("{:?}", longest);
    let r: Vec<String> = Repeat { value: String::from("ab"), left: 3 }.collect();
    println!("{:?}", r);
    let mut it = Repeat { value: 7u8, left: 2 };
    while let Some(x) = it.next() {
        println!("got {}", x);
    }
    let joined: Vec<String> = Repeat { value: "x", left: 2 }.zip(Fib { a: 1, b: 1 }).map(|(s, n)| format!("{}{}", s, n)).collect();
    println!("{:?}", joined);
    let mut m = Maker { n: 0 };
    let first = m.next();
    println!("first taken");
    for x in m {
        println!("loop {}", x.0);
    }
    println!("count {}", Maker { n: 0 }.count());
    drop(first);
    println!("end");
}
