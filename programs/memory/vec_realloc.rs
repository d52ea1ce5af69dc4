// A Vec outgrows its block: the fifth push moves the elements to a block twice the size.
fn main() {
    let mut v: Vec<i32> = Vec::with_capacity(4);
    for i in 1..5 {
        v.push(i * 10);
    }
    // @dump full
    v.push(50); // @dump moved
    println!("{:?} len {} capacity {}", v, v.len(), v.capacity());
}
