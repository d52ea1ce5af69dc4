// Trait-object receivers read where they lie (a Vec element, a local &dyn, a field, a Box<dyn Fn>
// field, through a reference to a Box), and closure parameters bound from one or two word leaves
// (|&x|, |&&x|, |(i, &x)|, |&(i, &x)|, |(&a, &b)|, by-reference bindings).
trait Shape {
    fn area(&self) -> i64;
    fn grow(&mut self, k: i64);
}

struct Sq(i64);
struct Rect {
    w: i64,
    h: i64,
}

impl Shape for Sq {
    fn area(&self) -> i64 {
        self.0 * self.0
    }
    fn grow(&mut self, k: i64) {
        self.0 += k;
    }
}

impl Shape for Rect {
    fn area(&self) -> i64 {
        self.w * self.h
    }
    fn grow(&mut self, k: i64) {
        self.w += k;
        self.h *= k;
    }
}

struct Holder {
    s: Box<dyn Shape>,
    f: Box<dyn Fn(i64) -> i64>,
}

fn bigger(x: &dyn Shape, y: &dyn Shape) -> bool {
    x.area() > y.area()
}

fn through(b: &Box<dyn Shape>) -> i64 {
    b.area()
}

fn main() {
    let mut v: Vec<Box<dyn Shape>> = Vec::new();
    for i in 0..6 {
        if i % 2 == 0 {
            v.push(Box::new(Sq(i + 1)));
        } else {
            v.push(Box::new(Rect { w: i, h: i + 2 }));
        }
    }
    for i in 0..v.len() {
        v[i].grow(i as i64 % 3 + 1);
    }
    let mut wins = 0;
    for i in 1..v.len() {
        if bigger(&*v[i], &*v[i - 1]) {
            wins += 1;
        }
    }
    let areas: Vec<i64> = v.iter().map(|s| s.area()).collect();
    println!("{:?} wins {} through {}", areas, wins, through(&v[3]));
    // The element's index is evaluated before the call reads the vtable; a swap in between moves it.
    let mut k = 0;
    let a = v[{ k += 2; k }].area();
    v.swap(0, 2);
    println!("a {} k {} first {}", a, k, v[0].area());
    let off = 10;
    let h = Holder { s: Box::new(Rect { w: 2, h: 3 }), f: Box::new(move |x| x * 2 + off) };
    let hr = &h;
    println!("holder {} {}", hr.s.area(), (hr.f)(hr.s.area()));

    let data: Vec<i64> = vec![5, -3, 8, 13, -21, 34];
    let s1: i64 = data.iter().map(|&x| x * 2).sum();
    let s2: i64 = data.iter().filter(|&&x| x > 0).sum();
    let s3: i64 = data.iter().enumerate().map(|(i, &x)| i as i64 * x).sum();
    let best = data.iter().enumerate().max_by_key(|&(i, &x)| (x % 7, i)).unwrap();
    let s4: i64 = data.iter().zip(data.iter().rev()).map(|(&a, &b)| a - b).sum();
    let pairs: Vec<(i64, String)> = vec![(1, String::from("one")), (2, String::from("two"))];
    let names: Vec<usize> = pairs.iter().map(|(n, s)| s.len() + *n as usize).collect();
    let firsts: Vec<i64> = pairs.iter().map(|&(n, ref s)| n * s.len() as i64).collect();
    let refs: Vec<&i64> = data.iter().filter(|x| **x % 2 == 0).collect();
    let nested = [(1i64, 2i64), (3, 4)];
    let diag: i64 = nested.iter().map(|&(a, b)| a * b).sum();
    println!("{} {} {} {:?} {} {:?} {:?} {:?} {}", s1, s2, s3, best, s4, names, firsts, refs, diag);
}
