// `-> impl Iterator<Item = u32>` fixes the type the body's iterator yields before integer literals fall
// back to i32, as rustc's bound on the opaque type does: rustle reported a false E0271 ("yields `i32`").
fn evens() -> impl Iterator<Item = u32> {
    (0..10).filter(|x| x % 2 == 0)
}

fn squares(n: u64) -> impl Iterator<Item = u64> {
    (1..=n).map(|x| x * x)
}

fn shifted() -> impl Iterator<Item = u8> {
    vec![1, 2, 250].into_iter().map(|x| x + 3)
}

fn main() {
    let v: Vec<u32> = evens().collect();
    println!("{:?} {:?}", v, squares(4).collect::<Vec<_>>());
    println!("{}", u32::MAX - evens().max().unwrap());
    let bytes: Vec<u8> = shifted().collect();
    println!("{:?}", bytes);
}
