// Box::as_ref and as_mut borrow the boxed value (std's AsRef / AsMut for Box<T>).
fn total(v: &Vec<i32>) -> i32 {
    v.iter().sum()
}

fn main() {
    let mut b = Box::new(5);
    *b.as_mut() += 1;
    let r: &i32 = b.as_ref();
    println!("{}", r);
    let mut list = Box::new(vec![1, 2]);
    list.as_mut().push(3);
    println!("{} {:?}", total(list.as_ref()), list);
}
