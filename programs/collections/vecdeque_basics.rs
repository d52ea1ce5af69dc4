// std::collections::VecDeque as a ring buffer: pushes at both ends wrap around the block, growth
// follows std (the wrapped part moves into the larger block), and the elements come out front to back.
use std::collections::VecDeque;

#[derive(Debug)]
struct Token(u8);
impl Drop for Token {
    fn drop(&mut self) {
        println!("drop Token({})", self.0);
    }
}

fn main() {
    let mut d: VecDeque<i32> = VecDeque::new();
    println!("{:?} len {} capacity {}", d, d.len(), d.capacity());
    for i in 0..5 {
        d.push_back(i);
        println!("pushed {} capacity {}", i, d.capacity());
    }
    d.push_front(-1);
    d.push_front(-2);
    println!("{:?} len {} capacity {}", d, d.len(), d.capacity());
    println!("front {:?} back {:?}", d.front(), d.back());
    println!("popped {:?} and {:?}", d.pop_front(), d.pop_back());
    println!("d[1] = {}, get(3) = {:?}, get(10) = {:?}", d[1], d.get(3), d.get(10));
    d[0] = 100;
    if let Some(x) = d.front_mut() {
        *x += 1;
    }
    if let Some(x) = d.back_mut() {
        *x *= 10;
    }
    println!("{:?} contains 2: {}", d, d.contains(&2));
    for x in d.iter_mut() {
        *x += 1;
    }
    for x in &mut d {
        *x -= 1;
    }
    let total: i32 = d.iter().sum();
    print!("by reference:");
    for x in &d {
        print!(" {}", x);
    }
    println!(" (sum {})", total);
    println!("{:#?}", d);
    println!("{:>4?}", d);

    // A full ring that wraps grows by moving its shorter part: the front part here.
    let mut w = VecDeque::with_capacity(3);
    w.push_back(Token(1));
    w.push_back(Token(2));
    w.push_front(Token(0));
    w.push_back(Token(3));
    println!("{:?} capacity {}", w, w.capacity());
    let first = w.pop_front();
    println!("popped {:?}", first);
    w.truncate(1);
    println!("after truncate {:?}", w);
    w.push_front(Token(9));
    for t in w {
        println!("took {:?}", t);
    }
    let mut names: VecDeque<String> = VecDeque::new();
    names.push_back("b".to_string());
    names.push_front("a".to_string());
    println!("{:?} {}", names, names.is_empty());
    names.clear();
    println!("{:?} {} capacity {}", names, names.is_empty(), names.capacity());
    println!("end");
}
