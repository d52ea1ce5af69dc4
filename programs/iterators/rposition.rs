// Iterator::rposition: searched from the back, the index counted from the front (the iterator stays
// usable: what rposition did not reach is left in it).
fn main() {
    let v = vec![1, 2, 3, 2, 1];
    println!("{:?} {:?}", v.iter().rposition(|&x| x == 2), v.iter().rposition(|&x| x == 9));
    let mut it = v.iter();
    println!("{:?} {:?}", it.rposition(|&x| x == 3), it.next());
    let a = [10, 20, 30];
    println!("{:?}", a.iter().map(|x| x / 10).rposition(|x| x < 3));
    println!("{:?}", (0..5).rposition(|x| x % 2 == 1));
}
