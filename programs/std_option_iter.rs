// Option::iter / into_iter yield at most one item; an Option is an IntoIterator for chain and zip.
fn main() {
    let o: Option<String> = Some(String::from("hi"));
    for s in o.iter() {
        println!("{}", s.len());
    }
    let v: Vec<String> = o.into_iter().chain(Some(String::from("yo"))).collect();
    println!("{:?}", v);
    let n: Option<i32> = None;
    println!("{}", n.iter().count());
    let w: Vec<i32> = vec![1, 2].into_iter().chain(Some(3).into_iter()).chain(n).collect();
    println!("{:?}", w);
    let z: Vec<(i32, char)> = vec![7, 8].into_iter().zip(Some('a')).collect();
    println!("{:?}", z);
    let total: i32 = Some(4).iter().map(|x| x * 2).sum();
    println!("{}", total);
    let mut it = Some(String::from("once")).into_iter();
    println!("{:?} {:?}", it.next(), it.next());
}
