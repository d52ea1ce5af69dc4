// A generic trait implemented twice for one type (Conv<String> and Conv<usize>): a call through a bound
// T: Conv<usize> ran the first impl (an internal error, or a wrong value when the layouts agree), and a
// call by the trait's path (Container::items(&b), Conv::<usize>::conv(&b)) had no type for the trait's
// parameter (an internal error).
trait Conv<T> {
    fn conv(&self) -> T;
}
trait Container<T> {
    fn items(&self) -> Vec<T>;
    fn first(&self) -> Option<T> {
        self.items().into_iter().next()
    }
}
struct Bag {
    v: Vec<i32>,
}
impl Conv<String> for Bag {
    fn conv(&self) -> String {
        format!("{:?}", self.v)
    }
}
impl Conv<usize> for Bag {
    fn conv(&self) -> usize {
        self.v.len()
    }
}
impl Conv<u64> for i32 {
    fn conv(&self) -> u64 {
        *self as u64 * 1000
    }
}
impl Container<i32> for Bag {
    fn items(&self) -> Vec<i32> {
        self.v.clone()
    }
}
fn get_len<T: Conv<usize>>(t: &T) -> usize {
    t.conv()
}
fn get_str<T: Conv<String>>(t: &T) -> String {
    t.conv()
}
fn main() {
    let b = Bag { v: vec![4, 5] };
    println!("{} {}", get_len(&b), get_str(&b));
    println!("{:?} {:?}", Container::items(&b), Container::<i32>::first(&b));
    println!("{:?} {}", <Bag as Container<i32>>::first(&b), Conv::<usize>::conv(&b));
    let s: String = Conv::<String>::conv(&b);
    let k: u64 = Conv::<u64>::conv(&7);
    println!("{} {}", s, k);
}
