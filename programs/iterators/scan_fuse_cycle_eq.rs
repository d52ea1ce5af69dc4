// Iterator::scan, fuse, cycle and eq/ne, as std runs them (scan stops a step at None without fusing,
// fuse drops its iterator at the first None, cycle starts again from a copy, eq compares item by item).
struct Counter {
    n: u32,
}

impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        self.n += 1;
        // Not fused: None at 3, then items again.
        if self.n == 3 { None } else if self.n < 6 { Some(self.n) } else { None }
    }
}

fn main() {
    let running: Vec<i32> = [3, 1, 4, 1, 5].iter().scan(0, |sum, &x| {
        *sum += x;
        Some(*sum)
    }).collect();
    println!("running sums {:?} cap {}", running, running.capacity());

    let until_big: Vec<u64> = (1..20u64).scan(1u64, |fact, k| {
        *fact *= k;
        if *fact > 1000 { None } else { Some(*fact) }
    }).collect();
    println!("factorials {:?}", until_big);

    let words = vec!["ab", "c", "def"];
    let joined: Vec<String> = words.iter().scan(String::new(), |acc, w| {
        acc.push_str(w);
        Some(acc.clone())
    }).collect();
    println!("{:?}", joined);

    let mut plain = Counter { n: 0 };
    let raw: Vec<Option<u32>> = (0..5).map(|_| plain.next()).collect();
    println!("unfused {:?}", raw);
    let mut fused = Counter { n: 0 }.fuse();
    let f: Vec<Option<u32>> = (0..5).map(|_| fused.next()).collect();
    println!("fused {:?}", f);

    let colours = ["red", "green", "blue"];
    let seven: Vec<&str> = colours.iter().cycle().take(7).copied().collect();
    println!("{:?} cap {}", seven, seven.capacity());
    let steps: Vec<(usize, i32)> = (1..=2).cycle().enumerate().skip(1).take(4).collect();
    println!("{:?}", steps);
    let none: Vec<i32> = Vec::new();
    println!("empty cycle {:?}", none.iter().cycle().next());

    let a = vec![1, 2, 3];
    let b = [1, 2, 3];
    println!("{} {} {}", a.iter().eq(b.iter()), a.iter().ne(&b), a.iter().eq(a[..2].iter()));
    println!("{} {}", "level".chars().eq("level".chars().rev()), (0..3).eq(vec![0, 1, 2]));
    let names = vec![String::from("x"), String::from("y")];
    println!("{}", names.clone().into_iter().eq(names));
}
