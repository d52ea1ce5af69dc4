// A Vec grows by moving its elements to a bigger heap block: capacity doubles as pushes overflow it.
fn main() {
    let mut v: Vec<i64> = Vec::new();
    println!("empty: len {} capacity {}", v.len(), v.capacity());
    for i in 0..10 {
        v.push(i * i); // @dump
        println!("push {:>2}: len {:>2} capacity {:>2}", i * i, v.len(), v.capacity());
    }
    println!("{:?}", v);
}
