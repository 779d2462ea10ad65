import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { tankFactory } from '../../../../testing/factories';
import { DrawerService } from '../../shell/services/drawer.service';
import { TankDetailsPanel } from './tank-details-panel';

describe('TankDetailsPanel', () => {
  it('leads to the tank’s target ranges and closes the drawer on the way', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const drawer = TestBed.inject(DrawerService);
    drawer.open({ title: 'Mixed reef 300', component: TankDetailsPanel });
    const fixture = TestBed.createComponent(TankDetailsPanel);
    fixture.componentRef.setInput('tank', tankFactory());
    await fixture.whenStable();

    const link = (fixture.nativeElement as HTMLElement).querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/app/targets');
    link.click();

    expect(drawer.content()).toBeNull();
    expect(String(navigate.mock.calls[0][0])).toBe('/app/targets');
  });
});
