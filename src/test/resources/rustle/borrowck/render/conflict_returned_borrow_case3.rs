struct S { v: Vec<i32> }
impl S {
    fn get_or_insert(&mut self) -> &mut i32 {
        if let Some(x) = self.v.get_mut(0) {
            return x;
        }
        self.v.push(0);
        self.v.get_mut(0).unwrap()
    }
}
fn first_or<'a>(v: &'a mut Vec<String>, d: &str) -> &'a String {
    let f = v.get(0);
    if let Some(x) = f {
        return x;
    }
    v.push(d.to_string());
    &v[0]
}
fn main() {}
